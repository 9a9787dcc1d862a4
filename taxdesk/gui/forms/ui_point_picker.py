# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'point_picker.ui'
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
    QLabel, QListWidget, QListWidgetItem, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_PointPicker(object):
    def setupUi(self, PointPicker):
        if not PointPicker.objectName():
            PointPicker.setObjectName(u"PointPicker")
        PointPicker.resize(460, 420)
        self.layout = QVBoxLayout(PointPicker)
        self.layout.setObjectName(u"layout")
        self.promptLabel = QLabel(PointPicker)
        self.promptLabel.setObjectName(u"promptLabel")

        self.layout.addWidget(self.promptLabel)

        self.pointList = QListWidget(PointPicker)
        self.pointList.setObjectName(u"pointList")

        self.layout.addWidget(self.pointList)

        self.buttonBox = QDialogButtonBox(PointPicker)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)


        self.retranslateUi(PointPicker)
        self.buttonBox.accepted.connect(PointPicker.accept)
        self.buttonBox.rejected.connect(PointPicker.reject)

        QMetaObject.connectSlotsByName(PointPicker)
    # setupUi

    def retranslateUi(self, PointPicker):
        PointPicker.setWindowTitle(QCoreApplication.translate("PointPicker", u"\u9009\u62e9\u670d\u52a1\u70b9", None))
        self.promptLabel.setText(QCoreApplication.translate("PointPicker", u"\u8fd9\u53f0\u7535\u8111\u5728\u54ea\u4e2a\u670d\u52a1\u70b9\u4f7f\u7528\uff1f", None))
    # retranslateUi

