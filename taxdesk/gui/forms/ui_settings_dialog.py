# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGridLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QRadioButton, QSizePolicy, QSpacerItem,
    QToolButton, QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(560, 440)
        self.layout = QVBoxLayout(SettingsDialog)
        self.layout.setObjectName(u"layout")
        self.printBox = QGroupBox(SettingsDialog)
        self.printBox.setObjectName(u"printBox")
        self.printLayout = QGridLayout(self.printBox)
        self.printLayout.setObjectName(u"printLayout")
        self.systemRadio = QRadioButton(self.printBox)
        self.systemRadio.setObjectName(u"systemRadio")

        self.printLayout.addWidget(self.systemRadio, 0, 0, 1, 3)

        self.printerCombo = QComboBox(self.printBox)
        self.printerCombo.setObjectName(u"printerCombo")

        self.printLayout.addWidget(self.printerCombo, 1, 1, 1, 1)

        self.previewCheck = QCheckBox(self.printBox)
        self.previewCheck.setObjectName(u"previewCheck")

        self.printLayout.addWidget(self.previewCheck, 1, 2, 1, 1)

        self.networkRadio = QRadioButton(self.printBox)
        self.networkRadio.setObjectName(u"networkRadio")

        self.printLayout.addWidget(self.networkRadio, 2, 0, 1, 3)

        self.addressEdit = QLineEdit(self.printBox)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setPlaceholderText(u"192.168.1.50:9100")

        self.printLayout.addWidget(self.addressEdit, 3, 1, 1, 1)

        self.testButton = QPushButton(self.printBox)
        self.testButton.setObjectName(u"testButton")

        self.printLayout.addWidget(self.testButton, 3, 2, 1, 1)

        self.fileRadio = QRadioButton(self.printBox)
        self.fileRadio.setObjectName(u"fileRadio")

        self.printLayout.addWidget(self.fileRadio, 4, 0, 1, 3)

        self.folderEdit = QLineEdit(self.printBox)
        self.folderEdit.setObjectName(u"folderEdit")

        self.printLayout.addWidget(self.folderEdit, 5, 1, 1, 1)

        self.fileOptions = QHBoxLayout()
        self.fileOptions.setObjectName(u"fileOptions")
        self.formatCombo = QComboBox(self.printBox)
        self.formatCombo.setObjectName(u"formatCombo")

        self.fileOptions.addWidget(self.formatCombo)

        self.browseButton = QToolButton(self.printBox)
        self.browseButton.setObjectName(u"browseButton")

        self.fileOptions.addWidget(self.browseButton)


        self.printLayout.addLayout(self.fileOptions, 5, 2, 1, 1)

        self.screenRadio = QRadioButton(self.printBox)
        self.screenRadio.setObjectName(u"screenRadio")

        self.printLayout.addWidget(self.screenRadio, 6, 0, 1, 3)

        self.indent = QSpacerItem(20, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.printLayout.addItem(self.indent, 1, 0, 1, 1)


        self.layout.addWidget(self.printBox)

        self.hintLabel = QLabel(SettingsDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.layout.addWidget(self.hintLabel)

        self.uiBox = QGroupBox(SettingsDialog)
        self.uiBox.setObjectName(u"uiBox")
        self.uiLayout = QFormLayout(self.uiBox)
        self.uiLayout.setObjectName(u"uiLayout")
        self.languageLabel = QLabel(self.uiBox)
        self.languageLabel.setObjectName(u"languageLabel")

        self.uiLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.uiBox)
        self.languageCombo.setObjectName(u"languageCombo")

        self.uiLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)


        self.layout.addWidget(self.uiBox)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)
        self.buttonBox.rejected.connect(SettingsDialog.reject)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"\u6253\u5370\u4e0e\u754c\u9762\u8bbe\u7f6e", None))
        self.printBox.setTitle(QCoreApplication.translate("SettingsDialog", u"\u53d6\u53f7\u540e\u6253\u5370\u5230", None))
        self.systemRadio.setText(QCoreApplication.translate("SettingsDialog", u"\u7cfb\u7edf\u6253\u5370\u673a", None))
        self.previewCheck.setText(QCoreApplication.translate("SettingsDialog", u"\u6253\u5370\u524d\u9884\u89c8", None))
        self.networkRadio.setText(QCoreApplication.translate("SettingsDialog", u"\u7f51\u7edc\u70ed\u654f\u6253\u5370\u673a\uff08ESC/POS\uff09", None))
        self.testButton.setText(QCoreApplication.translate("SettingsDialog", u"\u6d4b\u8bd5\u8fde\u63a5", None))
        self.fileRadio.setText(QCoreApplication.translate("SettingsDialog", u"\u4fdd\u5b58\u4e3a\u6587\u4ef6", None))
        self.folderEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"\u6587\u4ef6\u5939", None))
        self.browseButton.setText(QCoreApplication.translate("SettingsDialog", u"\u6d4f\u89c8\u2026", None))
        self.screenRadio.setText(QCoreApplication.translate("SettingsDialog", u"\u4e0d\u6253\u5370\uff0c\u53ea\u5728\u5c4f\u5e55\u4e0a\u663e\u793a", None))
        self.hintLabel.setText("")
        self.uiBox.setTitle(QCoreApplication.translate("SettingsDialog", u"\u754c\u9762", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u8bed\u8a00", None))
    # retranslateUi

