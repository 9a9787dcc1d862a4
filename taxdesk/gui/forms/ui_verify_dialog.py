# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'verify_dialog.ui'
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
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_VerifyDialog(object):
    def setupUi(self, VerifyDialog):
        if not VerifyDialog.objectName():
            VerifyDialog.setObjectName(u"VerifyDialog")
        VerifyDialog.resize(560, 260)
        self.layout = QVBoxLayout(VerifyDialog)
        self.layout.setObjectName(u"layout")
        self.instructionLabel = QLabel(VerifyDialog)
        self.instructionLabel.setObjectName(u"instructionLabel")
        self.instructionLabel.setWordWrap(True)

        self.layout.addWidget(self.instructionLabel)

        self.payloadEdit = QLineEdit(VerifyDialog)
        self.payloadEdit.setObjectName(u"payloadEdit")
        self.payloadEdit.setPlaceholderText(u"T1:\u2026")
        self.payloadEdit.setClearButtonEnabled(True)

        self.layout.addWidget(self.payloadEdit)

        self.resultLabel = QLabel(VerifyDialog)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.resultLabel)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.verifyButton = QPushButton(VerifyDialog)
        self.verifyButton.setObjectName(u"verifyButton")

        self.buttons.addWidget(self.verifyButton)

        self.closeButton = QPushButton(VerifyDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttons.addWidget(self.closeButton)


        self.layout.addLayout(self.buttons)


        self.retranslateUi(VerifyDialog)
        self.closeButton.clicked.connect(VerifyDialog.reject)

        self.verifyButton.setDefault(True)


        QMetaObject.connectSlotsByName(VerifyDialog)
    # setupUi

    def retranslateUi(self, VerifyDialog):
        VerifyDialog.setWindowTitle(QCoreApplication.translate("VerifyDialog", u"\u9a8c\u7968", None))
        self.instructionLabel.setText(QCoreApplication.translate("VerifyDialog", u"\u7528\u626b\u7801\u67aa\u626b\u63cf\u7968\u9762\u4e8c\u7ef4\u7801\uff0c\u6216\u7c98\u8d34\u4e8c\u7ef4\u7801\u5185\u5bb9\u540e\u6309\u56de\u8f66\u3002", None))
        self.resultLabel.setText("")
        self.verifyButton.setText(QCoreApplication.translate("VerifyDialog", u"\u9a8c\u8bc1", None))
        self.closeButton.setText(QCoreApplication.translate("VerifyDialog", u"\u5173\u95ed", None))
    # retranslateUi

