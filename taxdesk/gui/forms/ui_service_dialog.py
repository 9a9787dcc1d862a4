# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'service_dialog.ui'
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
    QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_ServiceDialog(object):
    def setupUi(self, ServiceDialog):
        if not ServiceDialog.objectName():
            ServiceDialog.setObjectName(u"ServiceDialog")
        ServiceDialog.resize(600, 680)
        self.layout = QVBoxLayout(ServiceDialog)
        self.layout.setObjectName(u"layout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setVerticalSpacing(6)
        self.codeCaption = QLabel(ServiceDialog)
        self.codeCaption.setObjectName(u"codeCaption")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeCaption)

        self.codeEdit = QLineEdit(ServiceDialog)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setMaxLength(16)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.codeHint = QLabel(ServiceDialog)
        self.codeHint.setObjectName(u"codeHint")
        self.codeHint.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.codeHint)

        self.nameCaption = QLabel(ServiceDialog)
        self.nameCaption.setObjectName(u"nameCaption")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameCaption)

        self.nameEdit = QLineEdit(ServiceDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(60)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameHint = QLabel(ServiceDialog)
        self.nameHint.setObjectName(u"nameHint")
        self.nameHint.setWordWrap(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.nameHint)

        self.nameEnCaption = QLabel(ServiceDialog)
        self.nameEnCaption.setObjectName(u"nameEnCaption")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.nameEnCaption)

        self.nameEnEdit = QLineEdit(ServiceDialog)
        self.nameEnEdit.setObjectName(u"nameEnEdit")
        self.nameEnEdit.setMaxLength(80)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.nameEnEdit)

        self.categoryCaption = QLabel(ServiceDialog)
        self.categoryCaption.setObjectName(u"categoryCaption")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.categoryCaption)

        self.categoryCombo = QComboBox(ServiceDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.minutesCaption = QLabel(ServiceDialog)
        self.minutesCaption.setObjectName(u"minutesCaption")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.minutesCaption)

        self.minutesSpin = QDoubleSpinBox(ServiceDialog)
        self.minutesSpin.setObjectName(u"minutesSpin")
        self.minutesSpin.setDecimals(1)
        self.minutesSpin.setMinimum(0.500000000000000)
        self.minutesSpin.setMaximum(240.000000000000000)
        self.minutesSpin.setSingleStep(0.500000000000000)
        self.minutesSpin.setValue(5.000000000000000)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.minutesSpin)

        self.documentsCaption = QLabel(ServiceDialog)
        self.documentsCaption.setObjectName(u"documentsCaption")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.documentsCaption)

        self.documentsEdit = QPlainTextEdit(ServiceDialog)
        self.documentsEdit.setObjectName(u"documentsEdit")
        self.documentsEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.documentsEdit)

        self.hallOnlyCheck = QCheckBox(ServiceDialog)
        self.hallOnlyCheck.setObjectName(u"hallOnlyCheck")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.hallOnlyCheck)

        self.pointsCaption = QLabel(ServiceDialog)
        self.pointsCaption.setObjectName(u"pointsCaption")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.pointsCaption)

        self.pointsList = QListWidget(ServiceDialog)
        self.pointsList.setObjectName(u"pointsList")
        self.pointsList.setMinimumSize(QSize(0, 150))

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.pointsList)

        self.pointsButtons = QHBoxLayout()
        self.pointsButtons.setObjectName(u"pointsButtons")
        self.allPointsButton = QPushButton(ServiceDialog)
        self.allPointsButton.setObjectName(u"allPointsButton")

        self.pointsButtons.addWidget(self.allPointsButton)

        self.townshipPointsButton = QPushButton(ServiceDialog)
        self.townshipPointsButton.setObjectName(u"townshipPointsButton")

        self.pointsButtons.addWidget(self.townshipPointsButton)

        self.noPointsButton = QPushButton(ServiceDialog)
        self.noPointsButton.setObjectName(u"noPointsButton")

        self.pointsButtons.addWidget(self.noPointsButton)

        self.pointsButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pointsButtons.addItem(self.pointsButtonsSpacer)


        self.formLayout.setLayout(10, QFormLayout.ItemRole.FieldRole, self.pointsButtons)


        self.layout.addLayout(self.formLayout)

        self.generalHint = QLabel(ServiceDialog)
        self.generalHint.setObjectName(u"generalHint")
        self.generalHint.setWordWrap(True)

        self.layout.addWidget(self.generalHint)

        self.buttonBox = QDialogButtonBox(ServiceDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.codeCaption.setBuddy(self.codeEdit)
        self.nameCaption.setBuddy(self.nameEdit)
        self.nameEnCaption.setBuddy(self.nameEnEdit)
        self.categoryCaption.setBuddy(self.categoryCombo)
        self.minutesCaption.setBuddy(self.minutesSpin)
        self.documentsCaption.setBuddy(self.documentsEdit)
        self.pointsCaption.setBuddy(self.pointsList)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ServiceDialog)
        self.buttonBox.rejected.connect(ServiceDialog.reject)

        QMetaObject.connectSlotsByName(ServiceDialog)
    # setupUi

    def retranslateUi(self, ServiceDialog):
        ServiceDialog.setWindowTitle(QCoreApplication.translate("ServiceDialog", u"\u4e1a\u52a1", None))
        self.codeCaption.setText(QCoreApplication.translate("ServiceDialog", u"\u4ee3\u7801", None))
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("ServiceDialog", u"2\u201316 \u4f4d\u5927\u5199\u5b57\u6bcd\u6216\u6570\u5b57\uff0c\u5982 DKFP", None))
        self.codeHint.setText("")
        self.nameCaption.setText(QCoreApplication.translate("ServiceDialog", u"\u540d\u79f0", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("ServiceDialog", u"\u5982 \u4ee3\u5f00\u589e\u503c\u7a0e\u53d1\u7968", None))
        self.nameHint.setText("")
        self.nameEnCaption.setText(QCoreApplication.translate("ServiceDialog", u"\u82f1\u6587\u540d\u79f0", None))
        self.nameEnEdit.setPlaceholderText(QCoreApplication.translate("ServiceDialog", u"VAT invoice issued on behalf", None))
        self.categoryCaption.setText(QCoreApplication.translate("ServiceDialog", u"\u7c7b\u522b", None))
        self.minutesCaption.setText(QCoreApplication.translate("ServiceDialog", u"\u5e73\u5747\u529e\u7406\u65f6\u957f", None))
        self.minutesSpin.setSuffix(QCoreApplication.translate("ServiceDialog", u" \u5206\u949f", None))
        self.documentsCaption.setText(QCoreApplication.translate("ServiceDialog", u"\u6240\u9700\u8d44\u6599", None))
        self.documentsEdit.setPlaceholderText(QCoreApplication.translate("ServiceDialog", u"\u6bcf\u884c\u4e00\u9879\uff0c\u5982\uff1a\n"
"\u7ecf\u529e\u4eba\u8eab\u4efd\u8bc1\u4ef6\n"
"\u8425\u4e1a\u6267\u7167", None))
        self.hallOnlyCheck.setText(QCoreApplication.translate("ServiceDialog", u"\u987b\u5230\u529e\u7a0e\u670d\u52a1\u5385\u529e\u7ed3\uff08\u5176\u4ed6\u670d\u52a1\u70b9\u4ecd\u53ef\u53d7\u7406\u54a8\u8be2\u3001\u9884\u5ba1\u8d44\u6599\uff09", None))
        self.pointsCaption.setText(QCoreApplication.translate("ServiceDialog", u"\u529e\u7406\u7f51\u70b9", None))
        self.allPointsButton.setText(QCoreApplication.translate("ServiceDialog", u"\u5168\u90e8\u670d\u52a1\u70b9", None))
        self.townshipPointsButton.setText(QCoreApplication.translate("ServiceDialog", u"\u529e\u7a0e\u670d\u52a1\u5385\u548c\u5168\u90e8\u4e30\u6536\u5fae\u7a0e\u5385", None))
        self.noPointsButton.setText(QCoreApplication.translate("ServiceDialog", u"\u5168\u4e0d\u9009", None))
        self.generalHint.setText("")
    # retranslateUi

