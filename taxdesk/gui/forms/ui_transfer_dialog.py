# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'transfer_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_TransferDialog(object):
    def setupUi(self, TransferDialog):
        if not TransferDialog.objectName():
            TransferDialog.setObjectName(u"TransferDialog")
        TransferDialog.resize(540, 210)
        self.layout = QVBoxLayout(TransferDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(TransferDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setVerticalSpacing(10)
        self.serviceCaption = QLabel(TransferDialog)
        self.serviceCaption.setObjectName(u"serviceCaption")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.serviceCaption)

        self.serviceCombo = QComboBox(TransferDialog)
        self.serviceCombo.setObjectName(u"serviceCombo")
        self.serviceCombo.setMinimumSize(QSize(320, 0))

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.serviceCombo)

        self.windowCaption = QLabel(TransferDialog)
        self.windowCaption.setObjectName(u"windowCaption")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.windowCaption)

        self.windowCombo = QComboBox(TransferDialog)
        self.windowCombo.setObjectName(u"windowCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.windowCombo)


        self.layout.addLayout(self.formLayout)

        self.noteLabel = QLabel(TransferDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.layout.addWidget(self.noteLabel)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

        self.buttonBox = QDialogButtonBox(TransferDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.serviceCaption.setBuddy(self.serviceCombo)
        self.windowCaption.setBuddy(self.windowCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TransferDialog)
        self.buttonBox.accepted.connect(TransferDialog.accept)
        self.buttonBox.rejected.connect(TransferDialog.reject)

        QMetaObject.connectSlotsByName(TransferDialog)
    # setupUi

    def retranslateUi(self, TransferDialog):
        TransferDialog.setWindowTitle(QCoreApplication.translate("TransferDialog", u"\u8f6c\u529e", None))
        self.introLabel.setText("")
        self.serviceCaption.setText(QCoreApplication.translate("TransferDialog", u"\u8f6c\u5230\u4e1a\u52a1", None))
        self.windowCaption.setText(QCoreApplication.translate("TransferDialog", u"\u8f6c\u5230\u7a97\u53e3", None))
        self.noteLabel.setText("")
    # retranslateUi

