# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'service_point.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_ServicePointPage(object):
    def setupUi(self, ServicePointPage):
        if not ServicePointPage.objectName():
            ServicePointPage.setObjectName(u"ServicePointPage")
        ServicePointPage.resize(1200, 700)
        self.mainLayout = QVBoxLayout(ServicePointPage)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerBar = QFrame(ServicePointPage)
        self.headerBar.setObjectName(u"headerBar")
        self.headerLayout = QHBoxLayout(self.headerBar)
        self.headerLayout.setObjectName(u"headerLayout")
        self.headerLayout.setContentsMargins(14, 10, 14, 10)
        self.titleLayout = QVBoxLayout()
        self.titleLayout.setSpacing(4)
        self.titleLayout.setObjectName(u"titleLayout")
        self.pointLabel = QLabel(self.headerBar)
        self.pointLabel.setObjectName(u"pointLabel")

        self.titleLayout.addWidget(self.pointLabel)

        self.infoLabel = QLabel(self.headerBar)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setWordWrap(True)

        self.titleLayout.addWidget(self.infoLabel)


        self.headerLayout.addLayout(self.titleLayout)

        self.printButton = QPushButton(self.headerBar)
        self.printButton.setObjectName(u"printButton")

        self.headerLayout.addWidget(self.printButton)

        self.pdfButton = QPushButton(self.headerBar)
        self.pdfButton.setObjectName(u"pdfButton")

        self.headerLayout.addWidget(self.pdfButton)

        self.headerLayout.setStretch(0, 1)

        self.mainLayout.addWidget(self.headerBar)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setSpacing(12)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.servicesBox = QGroupBox(ServicePointPage)
        self.servicesBox.setObjectName(u"servicesBox")
        self.servicesLayout = QVBoxLayout(self.servicesBox)
        self.servicesLayout.setObjectName(u"servicesLayout")
        self.searchEdit = QLineEdit(self.servicesBox)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.servicesLayout.addWidget(self.searchEdit)

        self.countLabel = QLabel(self.servicesBox)
        self.countLabel.setObjectName(u"countLabel")

        self.servicesLayout.addWidget(self.countLabel)

        self.serviceList = QListWidget(self.servicesBox)
        self.serviceList.setObjectName(u"serviceList")
        self.serviceList.setAlternatingRowColors(True)
        self.serviceList.setUniformItemSizes(True)

        self.servicesLayout.addWidget(self.serviceList)

        self.hallOnlyLegend = QLabel(self.servicesBox)
        self.hallOnlyLegend.setObjectName(u"hallOnlyLegend")
        self.hallOnlyLegend.setWordWrap(True)

        self.servicesLayout.addWidget(self.hallOnlyLegend)


        self.bodyLayout.addWidget(self.servicesBox)

        self.detailsBox = QGroupBox(ServicePointPage)
        self.detailsBox.setObjectName(u"detailsBox")
        self.detailsLayout = QVBoxLayout(self.detailsBox)
        self.detailsLayout.setSpacing(8)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.nameLabel = QLabel(self.detailsBox)
        self.nameLabel.setObjectName(u"nameLabel")
        self.nameLabel.setWordWrap(True)

        self.detailsLayout.addWidget(self.nameLabel)

        self.metaLabel = QLabel(self.detailsBox)
        self.metaLabel.setObjectName(u"metaLabel")

        self.detailsLayout.addWidget(self.metaLabel)

        self.minutesLabel = QLabel(self.detailsBox)
        self.minutesLabel.setObjectName(u"minutesLabel")

        self.detailsLayout.addWidget(self.minutesLabel)

        self.hallOnlyLabel = QLabel(self.detailsBox)
        self.hallOnlyLabel.setObjectName(u"hallOnlyLabel")
        self.hallOnlyLabel.setWordWrap(True)

        self.detailsLayout.addWidget(self.hallOnlyLabel)

        self.documentsCaption = QLabel(self.detailsBox)
        self.documentsCaption.setObjectName(u"documentsCaption")

        self.detailsLayout.addWidget(self.documentsCaption)

        self.documentsList = QListWidget(self.detailsBox)
        self.documentsList.setObjectName(u"documentsList")
        self.documentsList.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.documentsList.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.documentsList.setWordWrap(True)

        self.detailsLayout.addWidget(self.documentsList)


        self.bodyLayout.addWidget(self.detailsBox)

        self.bodyLayout.setStretch(0, 2)
        self.bodyLayout.setStretch(1, 3)

        self.mainLayout.addLayout(self.bodyLayout)


        self.retranslateUi(ServicePointPage)

        QMetaObject.connectSlotsByName(ServicePointPage)
    # setupUi

    def retranslateUi(self, ServicePointPage):
        ServicePointPage.setWindowTitle(QCoreApplication.translate("ServicePointPage", u"\u670d\u52a1\u70b9", None))
        self.pointLabel.setText("")
        self.infoLabel.setText("")
        self.printButton.setText(QCoreApplication.translate("ServicePointPage", u"\u6253\u5370\u670d\u52a1\u6e05\u5355\u2026", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("ServicePointPage", u"\u9884\u89c8\u5e76\u6253\u5370\u672c\u670d\u52a1\u70b9\u7684 A4 \u670d\u52a1\u4e8b\u9879\u6e05\u5355", None))
#endif // QT_CONFIG(tooltip)
        self.pdfButton.setText(QCoreApplication.translate("ServicePointPage", u"\u4fdd\u5b58\u4e3a PDF\u2026", None))
        self.servicesBox.setTitle(QCoreApplication.translate("ServicePointPage", u"\u672c\u70b9\u529e\u7406\u7684\u4e1a\u52a1", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("ServicePointPage", u"\u641c\u7d22\uff1a\u4e1a\u52a1\u540d\u79f0\u3001\u62fc\u97f3\u6216\u9996\u5b57\u6bcd\uff08\u5982 dkfp\u3001shebao\uff09", None))
        self.countLabel.setText("")
        self.hallOnlyLegend.setText(QCoreApplication.translate("ServicePointPage", u"\u25a0 \u6807\u4e3a\u6b64\u8272\u7684\u4e1a\u52a1\uff1a\u987b\u5230\u529e\u7a0e\u670d\u52a1\u5385\u529e\u7ed3\uff08\u672c\u70b9\u53ef\u53d7\u7406\u3001\u9884\u5ba1\uff09", None))
        self.detailsBox.setTitle(QCoreApplication.translate("ServicePointPage", u"\u4e1a\u52a1\u8be6\u60c5", None))
        self.nameLabel.setText("")
        self.metaLabel.setText("")
        self.minutesLabel.setText("")
        self.hallOnlyLabel.setText("")
        self.documentsCaption.setText(QCoreApplication.translate("ServicePointPage", u"\u6240\u9700\u8d44\u6599", None))
    # retranslateUi

