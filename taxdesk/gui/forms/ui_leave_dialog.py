# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'leave_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_LeaveDialog(object):
    def setupUi(self, LeaveDialog):
        if not LeaveDialog.objectName():
            LeaveDialog.setObjectName(u"LeaveDialog")
        LeaveDialog.resize(420, 230)
        self.mainLayout = QVBoxLayout(LeaveDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.personLabel = QLabel(LeaveDialog)
        self.personLabel.setObjectName(u"personLabel")
        self.personLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.personLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.firstLabel = QLabel(LeaveDialog)
        self.firstLabel.setObjectName(u"firstLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.firstLabel)

        self.firstDate = QDateEdit(LeaveDialog)
        self.firstDate.setObjectName(u"firstDate")
        self.firstDate.setDisplayFormat(u"yyyy-MM-dd")
        self.firstDate.setCalendarPopup(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.firstDate)

        self.lastLabel = QLabel(LeaveDialog)
        self.lastLabel.setObjectName(u"lastLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.lastLabel)

        self.lastDate = QDateEdit(LeaveDialog)
        self.lastDate.setObjectName(u"lastDate")
        self.lastDate.setDisplayFormat(u"yyyy-MM-dd")
        self.lastDate.setCalendarPopup(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.lastDate)

        self.reasonLabel = QLabel(LeaveDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(LeaveDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMaxLength(60)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.daysLabel = QLabel(LeaveDialog)
        self.daysLabel.setObjectName(u"daysLabel")

        self.mainLayout.addWidget(self.daysLabel)

        self.buttonBox = QDialogButtonBox(LeaveDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.firstLabel.setBuddy(self.firstDate)
        self.lastLabel.setBuddy(self.lastDate)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LeaveDialog)
        self.buttonBox.accepted.connect(LeaveDialog.accept)
        self.buttonBox.rejected.connect(LeaveDialog.reject)

        QMetaObject.connectSlotsByName(LeaveDialog)
    # setupUi

    def retranslateUi(self, LeaveDialog):
        LeaveDialog.setWindowTitle(QCoreApplication.translate("LeaveDialog", u"\u6807\u8bb0\u4f11\u5047", None))
        self.personLabel.setText("")
        self.firstLabel.setText(QCoreApplication.translate("LeaveDialog", u"\u4ece", None))
        self.lastLabel.setText(QCoreApplication.translate("LeaveDialog", u"\u81f3", None))
        self.reasonLabel.setText(QCoreApplication.translate("LeaveDialog", u"\u4e8b\u7531", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("LeaveDialog", u"\u5e74\u4f11\u5047\u3001\u75c5\u5047\u3001\u57f9\u8bad\u2026\u2026\uff08\u53ef\u4e0d\u586b\uff09", None))
        self.daysLabel.setText("")
    # retranslateUi

