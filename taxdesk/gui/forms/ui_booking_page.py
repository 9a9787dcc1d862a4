# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'booking_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListView, QListWidget, QListWidgetItem, QPushButton,
    QRadioButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_BookingPage(object):
    def setupUi(self, BookingPage):
        if not BookingPage.objectName():
            BookingPage.setObjectName(u"BookingPage")
        BookingPage.resize(1366, 700)
        self.mainLayout = QHBoxLayout(BookingPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.serviceBox = QGroupBox(BookingPage)
        self.serviceBox.setObjectName(u"serviceBox")
        self.serviceBox.setMinimumSize(QSize(230, 0))
        self.serviceBox.setMaximumSize(QSize(270, 16777215))
        self.serviceLayout = QVBoxLayout(self.serviceBox)
        self.serviceLayout.setObjectName(u"serviceLayout")
        self.serviceSearch = QLineEdit(self.serviceBox)
        self.serviceSearch.setObjectName(u"serviceSearch")
        self.serviceSearch.setClearButtonEnabled(True)

        self.serviceLayout.addWidget(self.serviceSearch)

        self.serviceList = QListWidget(self.serviceBox)
        self.serviceList.setObjectName(u"serviceList")
        self.serviceList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.serviceList.setResizeMode(QListView.ResizeMode.Adjust)
        self.serviceList.setAlternatingRowColors(True)
        self.serviceList.setWordWrap(True)

        self.serviceLayout.addWidget(self.serviceList)


        self.mainLayout.addWidget(self.serviceBox)

        self.centreLayout = QVBoxLayout()
        self.centreLayout.setObjectName(u"centreLayout")
        self.slotBox = QGroupBox(BookingPage)
        self.slotBox.setObjectName(u"slotBox")
        self.slotLayout = QVBoxLayout(self.slotBox)
        self.slotLayout.setObjectName(u"slotLayout")
        self.dayContainer = QWidget(self.slotBox)
        self.dayContainer.setObjectName(u"dayContainer")

        self.slotLayout.addWidget(self.dayContainer)

        self.slotContainer = QWidget(self.slotBox)
        self.slotContainer.setObjectName(u"slotContainer")
        self.slotContainer.setMinimumSize(QSize(0, 80))

        self.slotLayout.addWidget(self.slotContainer)

        self.slotNote = QLabel(self.slotBox)
        self.slotNote.setObjectName(u"slotNote")
        self.slotNote.setWordWrap(True)

        self.slotLayout.addWidget(self.slotNote)


        self.centreLayout.addWidget(self.slotBox)

        self.taxpayerBox = QGroupBox(BookingPage)
        self.taxpayerBox.setObjectName(u"taxpayerBox")
        self.taxpayerLayout = QGridLayout(self.taxpayerBox)
        self.taxpayerLayout.setObjectName(u"taxpayerLayout")
        self.nameLabel = QLabel(self.taxpayerBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.taxpayerLayout.addWidget(self.nameLabel, 0, 0, 1, 1)

        self.nameEdit = QLineEdit(self.taxpayerBox)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(40)
        self.nameEdit.setClearButtonEnabled(True)

        self.taxpayerLayout.addWidget(self.nameEdit, 0, 1, 1, 1)

        self.phoneLabel = QLabel(self.taxpayerBox)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.taxpayerLayout.addWidget(self.phoneLabel, 0, 2, 1, 1)

        self.phoneEdit = QLineEdit(self.taxpayerBox)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(13)
        self.phoneEdit.setClearButtonEnabled(True)

        self.taxpayerLayout.addWidget(self.phoneEdit, 0, 3, 1, 1)

        self.idLabel = QLabel(self.taxpayerBox)
        self.idLabel.setObjectName(u"idLabel")

        self.taxpayerLayout.addWidget(self.idLabel, 1, 0, 1, 1)

        self.idKindLayout = QHBoxLayout()
        self.idKindLayout.setObjectName(u"idKindLayout")
        self.personRadio = QRadioButton(self.taxpayerBox)
        self.personRadio.setObjectName(u"personRadio")
        self.personRadio.setChecked(True)

        self.idKindLayout.addWidget(self.personRadio)

        self.businessRadio = QRadioButton(self.taxpayerBox)
        self.businessRadio.setObjectName(u"businessRadio")

        self.idKindLayout.addWidget(self.businessRadio)

        self.idKindSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.idKindLayout.addItem(self.idKindSpacer)


        self.taxpayerLayout.addLayout(self.idKindLayout, 1, 1, 1, 1)

        self.numberLabel = QLabel(self.taxpayerBox)
        self.numberLabel.setObjectName(u"numberLabel")

        self.taxpayerLayout.addWidget(self.numberLabel, 1, 2, 1, 1)

        self.idEdit = QLineEdit(self.taxpayerBox)
        self.idEdit.setObjectName(u"idEdit")
        self.idEdit.setMaxLength(22)
        self.idEdit.setClearButtonEnabled(True)

        self.taxpayerLayout.addWidget(self.idEdit, 1, 3, 1, 1)

        self.hintLabel = QLabel(self.taxpayerBox)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.taxpayerLayout.addWidget(self.hintLabel, 2, 0, 1, 3)

        self.bookButton = QPushButton(self.taxpayerBox)
        self.bookButton.setObjectName(u"bookButton")
        self.bookButton.setEnabled(False)

        self.taxpayerLayout.addWidget(self.bookButton, 2, 3, 1, 1)

        self.taxpayerLayout.setColumnStretch(1, 1)
        self.taxpayerLayout.setColumnStretch(3, 1)

        self.centreLayout.addWidget(self.taxpayerBox)

        self.bookingsBox = QGroupBox(BookingPage)
        self.bookingsBox.setObjectName(u"bookingsBox")
        self.bookingsLayout = QVBoxLayout(self.bookingsBox)
        self.bookingsLayout.setObjectName(u"bookingsLayout")
        self.bookingsTable = QTableView(self.bookingsBox)
        self.bookingsTable.setObjectName(u"bookingsTable")
        self.bookingsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.bookingsTable.setAlternatingRowColors(True)
        self.bookingsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.bookingsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.bookingsTable.verticalHeader().setVisible(False)

        self.bookingsLayout.addWidget(self.bookingsTable)

        self.bookingButtons = QHBoxLayout()
        self.bookingButtons.setObjectName(u"bookingButtons")
        self.bookingsSummary = QLabel(self.bookingsBox)
        self.bookingsSummary.setObjectName(u"bookingsSummary")

        self.bookingButtons.addWidget(self.bookingsSummary)

        self.bookingButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bookingButtons.addItem(self.bookingButtonsSpacer)

        self.revealButton = QPushButton(self.bookingsBox)
        self.revealButton.setObjectName(u"revealButton")
        self.revealButton.setEnabled(False)

        self.bookingButtons.addWidget(self.revealButton)

        self.rescheduleButton = QPushButton(self.bookingsBox)
        self.rescheduleButton.setObjectName(u"rescheduleButton")
        self.rescheduleButton.setEnabled(False)

        self.bookingButtons.addWidget(self.rescheduleButton)

        self.cancelButton = QPushButton(self.bookingsBox)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setEnabled(False)

        self.bookingButtons.addWidget(self.cancelButton)

        self.reprintButton = QPushButton(self.bookingsBox)
        self.reprintButton.setObjectName(u"reprintButton")
        self.reprintButton.setEnabled(False)

        self.bookingButtons.addWidget(self.reprintButton)


        self.bookingsLayout.addLayout(self.bookingButtons)


        self.centreLayout.addWidget(self.bookingsBox)

        self.centreLayout.setStretch(2, 1)

        self.mainLayout.addLayout(self.centreLayout)

        self.slipBox = QGroupBox(BookingPage)
        self.slipBox.setObjectName(u"slipBox")
        self.slipBox.setMinimumSize(QSize(270, 0))
        self.slipBox.setMaximumSize(QSize(300, 16777215))
        self.slipLayout = QVBoxLayout(self.slipBox)
        self.slipLayout.setObjectName(u"slipLayout")
        self.slipLabel = QLabel(self.slipBox)
        self.slipLabel.setObjectName(u"slipLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.slipLabel.sizePolicy().hasHeightForWidth())
        self.slipLabel.setSizePolicy(sizePolicy)
        self.slipLabel.setMinimumSize(QSize(240, 320))
        self.slipLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.slipLabel.setWordWrap(True)

        self.slipLayout.addWidget(self.slipLabel)


        self.mainLayout.addWidget(self.slipBox)

        self.mainLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.idLabel.setBuddy(self.idEdit)
        self.numberLabel.setBuddy(self.idEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.serviceSearch, self.serviceList)
        QWidget.setTabOrder(self.serviceList, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.personRadio)
        QWidget.setTabOrder(self.personRadio, self.businessRadio)
        QWidget.setTabOrder(self.businessRadio, self.idEdit)
        QWidget.setTabOrder(self.idEdit, self.bookButton)
        QWidget.setTabOrder(self.bookButton, self.bookingsTable)
        QWidget.setTabOrder(self.bookingsTable, self.revealButton)
        QWidget.setTabOrder(self.revealButton, self.rescheduleButton)
        QWidget.setTabOrder(self.rescheduleButton, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.reprintButton)

        self.retranslateUi(BookingPage)

        QMetaObject.connectSlotsByName(BookingPage)
    # setupUi

    def retranslateUi(self, BookingPage):
        BookingPage.setWindowTitle(QCoreApplication.translate("BookingPage", u"\u9884\u7ea6\u529e\u7a0e", None))
        self.serviceBox.setTitle(QCoreApplication.translate("BookingPage", u"\u2460 \u9009\u62e9\u4e1a\u52a1", None))
        self.serviceSearch.setPlaceholderText(QCoreApplication.translate("BookingPage", u"\u641c\u7d22\uff1a\u540d\u79f0\u3001\u62fc\u97f3\u9996\u5b57\u6bcd\u6216\u4ee3\u7801", None))
        self.slotBox.setTitle(QCoreApplication.translate("BookingPage", u"\u2461 \u9009\u62e9\u65e5\u671f\u548c\u65f6\u6bb5", None))
        self.slotNote.setText("")
        self.taxpayerBox.setTitle(QCoreApplication.translate("BookingPage", u"\u2462 \u7eb3\u7a0e\u4eba\u4fe1\u606f", None))
        self.nameLabel.setText(QCoreApplication.translate("BookingPage", u"\u59d3\u540d", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("BookingPage", u"\u529e\u7a0e\u4eba\u59d3\u540d", None))
        self.phoneLabel.setText(QCoreApplication.translate("BookingPage", u"\u624b\u673a\u53f7", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("BookingPage", u"11\u4f4d\u624b\u673a\u53f7", None))
        self.idLabel.setText(QCoreApplication.translate("BookingPage", u"\u8bc1\u4ef6", None))
        self.personRadio.setText(QCoreApplication.translate("BookingPage", u"\u5c45\u6c11\u8eab\u4efd\u8bc1\u53f7", None))
        self.businessRadio.setText(QCoreApplication.translate("BookingPage", u"\u7edf\u4e00\u793e\u4f1a\u4fe1\u7528\u4ee3\u7801", None))
        self.numberLabel.setText(QCoreApplication.translate("BookingPage", u"\u53f7\u7801", None))
        self.idEdit.setPlaceholderText(QCoreApplication.translate("BookingPage", u"18\u4f4d\u8eab\u4efd\u8bc1\u53f7", None))
        self.hintLabel.setText("")
#if QT_CONFIG(tooltip)
        self.bookButton.setToolTip(QCoreApplication.translate("BookingPage", u"\u9884\u7ea6\u6240\u9009\u65f6\u6bb5\u5e76\u6253\u5370\u9884\u7ea6\u51ed\u6761\uff08Ctrl+Enter\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.bookButton.setText(QCoreApplication.translate("BookingPage", u"\u9884\u7ea6\u5e76\u6253\u5370\u51ed\u6761", None))
        self.bookingsBox.setTitle(QCoreApplication.translate("BookingPage", u"\u5f53\u65e5\u9884\u7ea6", None))
        self.bookingsSummary.setText("")
#if QT_CONFIG(tooltip)
        self.revealButton.setToolTip(QCoreApplication.translate("BookingPage", u"\u663e\u793a\u6240\u9009\u9884\u7ea6\u7eb3\u7a0e\u4eba\u7684\u5b8c\u6574\u59d3\u540d\u548c\u624b\u673a\u53f7\uff08\u5982\u9700\u81f4\u7535\u7eb3\u7a0e\u4eba\uff09\uff1b\u6bcf\u6b21\u67e5\u770b\u90fd\u8bb0\u5165\u5ba1\u8ba1\u65e5\u5fd7", None))
#endif // QT_CONFIG(tooltip)
        self.revealButton.setText(QCoreApplication.translate("BookingPage", u"\u663e\u793a\u5b8c\u6574\u4fe1\u606f", None))
        self.rescheduleButton.setText(QCoreApplication.translate("BookingPage", u"\u6539\u7ea6\u2026", None))
        self.cancelButton.setText(QCoreApplication.translate("BookingPage", u"\u53d6\u6d88\u9884\u7ea6\u2026", None))
        self.reprintButton.setText(QCoreApplication.translate("BookingPage", u"\u8865\u6253\u51ed\u6761", None))
        self.slipBox.setTitle(QCoreApplication.translate("BookingPage", u"\u9884\u7ea6\u51ed\u6761", None))
        self.slipLabel.setText(QCoreApplication.translate("BookingPage", u"\u9884\u7ea6\u6210\u529f\u540e\uff0c\u51ed\u6761\u663e\u793a\u5728\u8fd9\u91cc\u5e76\u540c\u65f6\u6253\u5370\u3002", None))
    # retranslateUi

