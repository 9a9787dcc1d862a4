# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reschedule_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QLabel, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_RescheduleDialog(object):
    def setupUi(self, RescheduleDialog):
        if not RescheduleDialog.objectName():
            RescheduleDialog.setObjectName(u"RescheduleDialog")
        RescheduleDialog.resize(860, 330)
        self.layout = QVBoxLayout(RescheduleDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(RescheduleDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.dayContainer = QWidget(RescheduleDialog)
        self.dayContainer.setObjectName(u"dayContainer")

        self.layout.addWidget(self.dayContainer)

        self.slotContainer = QWidget(RescheduleDialog)
        self.slotContainer.setObjectName(u"slotContainer")
        self.slotContainer.setMinimumSize(QSize(0, 80))

        self.layout.addWidget(self.slotContainer)

        self.errorLabel = QLabel(RescheduleDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

        self.buttonBox = QDialogButtonBox(RescheduleDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)


        self.retranslateUi(RescheduleDialog)
        self.buttonBox.rejected.connect(RescheduleDialog.reject)

        QMetaObject.connectSlotsByName(RescheduleDialog)
    # setupUi

    def retranslateUi(self, RescheduleDialog):
        RescheduleDialog.setWindowTitle(QCoreApplication.translate("RescheduleDialog", u"\u6539\u7ea6", None))
        self.introLabel.setText("")
        self.errorLabel.setText("")
    # retranslateUi

