# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'history_import_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QLineEdit, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_HistoryImportDialog(object):
    def setupUi(self, HistoryImportDialog):
        if not HistoryImportDialog.objectName():
            HistoryImportDialog.setObjectName(u"HistoryImportDialog")
        HistoryImportDialog.resize(620, 280)
        self.layout = QVBoxLayout(HistoryImportDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(HistoryImportDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileEdit = QLineEdit(HistoryImportDialog)
        self.fileEdit.setObjectName(u"fileEdit")
        self.fileEdit.setReadOnly(True)

        self.fileRow.addWidget(self.fileEdit)

        self.chooseButton = QPushButton(HistoryImportDialog)
        self.chooseButton.setObjectName(u"chooseButton")

        self.fileRow.addWidget(self.chooseButton)


        self.layout.addLayout(self.fileRow)

        self.progressBar = QProgressBar(HistoryImportDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.layout.addWidget(self.progressBar)

        self.statusLabel = QLabel(HistoryImportDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.statusLabel)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.importButton = QPushButton(HistoryImportDialog)
        self.importButton.setObjectName(u"importButton")

        self.buttons.addWidget(self.importButton)

        self.cancelButton = QPushButton(HistoryImportDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttons.addWidget(self.cancelButton)

        self.closeButton = QPushButton(HistoryImportDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttons.addWidget(self.closeButton)


        self.layout.addLayout(self.buttons)


        self.retranslateUi(HistoryImportDialog)
        self.closeButton.clicked.connect(HistoryImportDialog.reject)

        self.importButton.setDefault(True)


        QMetaObject.connectSlotsByName(HistoryImportDialog)
    # setupUi

    def retranslateUi(self, HistoryImportDialog):
        HistoryImportDialog.setWindowTitle(QCoreApplication.translate("HistoryImportDialog", u"\u5bfc\u5165\u5386\u53f2\u53d6\u53f7\u8bb0\u5f55", None))
        self.introLabel.setText(QCoreApplication.translate("HistoryImportDialog", u"\u4ece\u5176\u4ed6\u6392\u961f\u7cfb\u7edf\u5bfc\u51fa\u7684 CSV \u6587\u4ef6\u5bfc\u5165\u5386\u53f2\u53d6\u53f7\u8bb0\u5f55\uff0c\u4f9b\u5ba2\u6d41\u9884\u6d4b\u548c\u7a97\u53e3\u6d4b\u7b97\u4f7f\u7528\u3002\u7b2c 1 \u884c\u4e3a\u5217\u540d\uff1apoint,service,issued_at,called_at,finished_at,window\u3002\u5bfc\u5165\u8981\u4e48\u5168\u90e8\u5b8c\u6210\uff0c\u8981\u4e48\u4e0d\u5199\u5165\u4efb\u4f55\u6570\u636e\u3002", None))
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("HistoryImportDialog", u"\u5c1a\u672a\u9009\u62e9\u6587\u4ef6", None))
        self.chooseButton.setText(QCoreApplication.translate("HistoryImportDialog", u"\u9009\u62e9\u6587\u4ef6\u2026", None))
        self.statusLabel.setText("")
        self.importButton.setText(QCoreApplication.translate("HistoryImportDialog", u"\u5bfc\u5165", None))
        self.cancelButton.setText(QCoreApplication.translate("HistoryImportDialog", u"\u53d6\u6d88", None))
        self.closeButton.setText(QCoreApplication.translate("HistoryImportDialog", u"\u5173\u95ed", None))
    # retranslateUi

