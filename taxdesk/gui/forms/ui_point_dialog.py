# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'point_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_PointDialog(object):
    def setupUi(self, PointDialog):
        if not PointDialog.objectName():
            PointDialog.setObjectName(u"PointDialog")
        PointDialog.resize(560, 520)
        self.layout = QVBoxLayout(PointDialog)
        self.layout.setObjectName(u"layout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setVerticalSpacing(6)
        self.codeCaption = QLabel(PointDialog)
        self.codeCaption.setObjectName(u"codeCaption")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeCaption)

        self.codeEdit = QLineEdit(PointDialog)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setMaxLength(16)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.codeHint = QLabel(PointDialog)
        self.codeHint.setObjectName(u"codeHint")
        self.codeHint.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.codeHint)

        self.nameCaption = QLabel(PointDialog)
        self.nameCaption.setObjectName(u"nameCaption")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameCaption)

        self.nameEdit = QLineEdit(PointDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(80)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameHint = QLabel(PointDialog)
        self.nameHint.setObjectName(u"nameHint")
        self.nameHint.setWordWrap(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.nameHint)

        self.kindCaption = QLabel(PointDialog)
        self.kindCaption.setObjectName(u"kindCaption")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.kindCaption)

        self.kindCombo = QComboBox(PointDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.townshipCaption = QLabel(PointDialog)
        self.townshipCaption.setObjectName(u"townshipCaption")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.townshipCaption)

        self.townshipEdit = QLineEdit(PointDialog)
        self.townshipEdit.setObjectName(u"townshipEdit")
        self.townshipEdit.setMaxLength(40)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.townshipEdit)

        self.addressCaption = QLabel(PointDialog)
        self.addressCaption.setObjectName(u"addressCaption")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.addressCaption)

        self.addressEdit = QLineEdit(PointDialog)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMaxLength(160)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.hoursCaption = QLabel(PointDialog)
        self.hoursCaption.setObjectName(u"hoursCaption")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.hoursCaption)

        self.hoursEdit = QLineEdit(PointDialog)
        self.hoursEdit.setObjectName(u"hoursEdit")
        self.hoursEdit.setMaxLength(80)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.hoursEdit)

        self.hoursHint = QLabel(PointDialog)
        self.hoursHint.setObjectName(u"hoursHint")
        self.hoursHint.setWordWrap(True)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.hoursHint)

        self.bankCaption = QLabel(PointDialog)
        self.bankCaption.setObjectName(u"bankCaption")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.bankCaption)

        self.bankEdit = QLineEdit(PointDialog)
        self.bankEdit.setObjectName(u"bankEdit")
        self.bankEdit.setMaxLength(80)

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.bankEdit)

        self.contactCaption = QLabel(PointDialog)
        self.contactCaption.setObjectName(u"contactCaption")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.contactCaption)

        self.contactEdit = QLineEdit(PointDialog)
        self.contactEdit.setObjectName(u"contactEdit")
        self.contactEdit.setMaxLength(80)

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.contactEdit)

        self.activeCheck = QCheckBox(PointDialog)
        self.activeCheck.setObjectName(u"activeCheck")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.activeCheck)


        self.layout.addLayout(self.formLayout)

        self.generalHint = QLabel(PointDialog)
        self.generalHint.setObjectName(u"generalHint")
        self.generalHint.setWordWrap(True)

        self.layout.addWidget(self.generalHint)

        self.buttonBox = QDialogButtonBox(PointDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.codeCaption.setBuddy(self.codeEdit)
        self.nameCaption.setBuddy(self.nameEdit)
        self.kindCaption.setBuddy(self.kindCombo)
        self.townshipCaption.setBuddy(self.townshipEdit)
        self.addressCaption.setBuddy(self.addressEdit)
        self.hoursCaption.setBuddy(self.hoursEdit)
        self.bankCaption.setBuddy(self.bankEdit)
        self.contactCaption.setBuddy(self.contactEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PointDialog)
        self.buttonBox.rejected.connect(PointDialog.reject)

        QMetaObject.connectSlotsByName(PointDialog)
    # setupUi

    def retranslateUi(self, PointDialog):
        PointDialog.setWindowTitle(QCoreApplication.translate("PointDialog", u"\u670d\u52a1\u70b9", None))
        self.codeCaption.setText(QCoreApplication.translate("PointDialog", u"\u4ee3\u7801", None))
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("PointDialog", u"2\u201316 \u4f4d\u5927\u5199\u5b57\u6bcd\u6216\u6570\u5b57\uff0c\u5982 T12", None))
        self.codeHint.setText("")
        self.nameCaption.setText(QCoreApplication.translate("PointDialog", u"\u540d\u79f0", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("PointDialog", u"\u5982 \u9752\u5c71\u9547\u4e30\u6536\u5fae\u7a0e\u5385", None))
        self.nameHint.setText("")
        self.kindCaption.setText(QCoreApplication.translate("PointDialog", u"\u7c7b\u578b", None))
        self.townshipCaption.setText(QCoreApplication.translate("PointDialog", u"\u4e61\u9547\uff08\u8857\u9053\uff09", None))
        self.addressCaption.setText(QCoreApplication.translate("PointDialog", u"\u5730\u5740", None))
        self.hoursCaption.setText(QCoreApplication.translate("PointDialog", u"\u8425\u4e1a\u65f6\u95f4", None))
        self.hoursEdit.setPlaceholderText(QCoreApplication.translate("PointDialog", u"08:30-12:00,13:30-17:00", None))
        self.hoursHint.setText("")
        self.bankCaption.setText(QCoreApplication.translate("PointDialog", u"\u5408\u4f5c\u94f6\u884c", None))
        self.bankEdit.setPlaceholderText(QCoreApplication.translate("PointDialog", u"\u5982 \u4e91\u6eaa\u519c\u5546\u94f6\u884c\u9752\u5c71\u652f\u884c", None))
        self.contactCaption.setText(QCoreApplication.translate("PointDialog", u"\u8054\u7cfb\u7535\u8bdd", None))
        self.activeCheck.setText(QCoreApplication.translate("PointDialog", u"\u542f\u7528\uff08\u53d6\u6d88\u52fe\u9009\u5373\u505c\u7528\uff1a\u4e0d\u518d\u51fa\u73b0\u5728\u5217\u8868\u4e2d\uff0c\u4e5f\u4e0d\u80fd\u53d6\u53f7\uff09", None))
        self.generalHint.setText("")
    # retranslateUi

