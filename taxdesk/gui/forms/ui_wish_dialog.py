# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wish_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QRadioButton, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_WishDialog(object):
    def setupUi(self, WishDialog):
        if not WishDialog.objectName():
            WishDialog.setObjectName(u"WishDialog")
        WishDialog.resize(440, 220)
        self.mainLayout = QVBoxLayout(WishDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.personLabel = QLabel(WishDialog)
        self.personLabel.setObjectName(u"personLabel")
        self.personLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.personLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.wantsLabel = QLabel(WishDialog)
        self.wantsLabel.setObjectName(u"wantsLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.wantsLabel)

        self.wantsLayout = QHBoxLayout()
        self.wantsLayout.setObjectName(u"wantsLayout")
        self.wantsRadio = QRadioButton(WishDialog)
        self.wantsRadio.setObjectName(u"wantsRadio")
        self.wantsRadio.setChecked(True)

        self.wantsLayout.addWidget(self.wantsRadio)

        self.notWantsRadio = QRadioButton(WishDialog)
        self.notWantsRadio.setObjectName(u"notWantsRadio")

        self.wantsLayout.addWidget(self.notWantsRadio)

        self.wantsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.wantsLayout.addItem(self.wantsSpacer)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.wantsLayout)

        self.templateLabel = QLabel(WishDialog)
        self.templateLabel.setObjectName(u"templateLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.templateLabel)

        self.templateCombo = QComboBox(WishDialog)
        self.templateCombo.setObjectName(u"templateCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.templateCombo)

        self.weightLabel = QLabel(WishDialog)
        self.weightLabel.setObjectName(u"weightLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.weightLabel)

        self.weightSpin = QSpinBox(WishDialog)
        self.weightSpin.setObjectName(u"weightSpin")
        self.weightSpin.setMinimumSize(QSize(80, 0))
        self.weightSpin.setMaximumSize(QSize(80, 16777215))
        self.weightSpin.setMinimum(1)
        self.weightSpin.setMaximum(10)
        self.weightSpin.setValue(5)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.weightSpin)


        self.mainLayout.addLayout(self.formLayout)

        self.hintLabel = QLabel(WishDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.replaceLabel = QLabel(WishDialog)
        self.replaceLabel.setObjectName(u"replaceLabel")
        self.replaceLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.replaceLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(WishDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.templateLabel.setBuddy(self.templateCombo)
        self.weightLabel.setBuddy(self.weightSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.wantsRadio, self.notWantsRadio)
        QWidget.setTabOrder(self.notWantsRadio, self.templateCombo)
        QWidget.setTabOrder(self.templateCombo, self.weightSpin)

        self.retranslateUi(WishDialog)
        self.buttonBox.accepted.connect(WishDialog.accept)
        self.buttonBox.rejected.connect(WishDialog.reject)

        QMetaObject.connectSlotsByName(WishDialog)
    # setupUi

    def retranslateUi(self, WishDialog):
        WishDialog.setWindowTitle(QCoreApplication.translate("WishDialog", u"\u767b\u8bb0\u6392\u73ed\u610f\u613f", None))
        self.personLabel.setText("")
        self.wantsLabel.setText(QCoreApplication.translate("WishDialog", u"\u610f\u613f", None))
        self.wantsRadio.setText(QCoreApplication.translate("WishDialog", u"\u60f3\u4e0a\u73ed", None))
        self.notWantsRadio.setText(QCoreApplication.translate("WishDialog", u"\u4e0d\u60f3\u4e0a\u73ed", None))
        self.templateLabel.setText(QCoreApplication.translate("WishDialog", u"\u73ed\u6b21", None))
        self.weightLabel.setText(QCoreApplication.translate("WishDialog", u"\u6743\u91cd", None))
        self.hintLabel.setText(QCoreApplication.translate("WishDialog", u"\u6743\u91cd 1\u201310\uff1a\u8d8a\u9ad8\u8d8a\u5148\u6ee1\u8db3\uff1b\u4f46\u7edd\u4e0d\u4f1a\u4e3a\u4e86\u6ee1\u8db3\u610f\u613f\u800c\u8ba9\u7a97\u53e3\u7f3a\u4eba\u3002", None))
        self.replaceLabel.setText("")
    # retranslateUi

