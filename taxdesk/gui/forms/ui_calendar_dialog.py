# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'calendar_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCalendarWidget, QDateEdit,
    QDialog, QFrame, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_CalendarDialog(object):
    def setupUi(self, CalendarDialog):
        if not CalendarDialog.objectName():
            CalendarDialog.setObjectName(u"CalendarDialog")
        CalendarDialog.resize(1120, 680)
        self.mainLayout = QVBoxLayout(CalendarDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.yearRow = QHBoxLayout()
        self.yearRow.setObjectName(u"yearRow")
        self.yearLabel = QLabel(CalendarDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.yearRow.addWidget(self.yearLabel)

        self.yearSpin = QSpinBox(CalendarDialog)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2004)
        self.yearSpin.setMaximum(2099)
        self.yearSpin.setValue(2026)
        self.yearSpin.setKeyboardTracking(False)

        self.yearRow.addWidget(self.yearSpin)

        self.coverageLabel = QLabel(CalendarDialog)
        self.coverageLabel.setObjectName(u"coverageLabel")
        self.coverageLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.coverageLabel.sizePolicy().hasHeightForWidth())
        self.coverageLabel.setSizePolicy(sizePolicy)

        self.yearRow.addWidget(self.coverageLabel)


        self.mainLayout.addLayout(self.yearRow)

        self.warningLabel = QLabel(CalendarDialog)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.warningLabel)

        self.bodyRow = QHBoxLayout()
        self.bodyRow.setObjectName(u"bodyRow")
        self.tabs = QTabWidget(CalendarDialog)
        self.tabs.setObjectName(u"tabs")
        self.deadlinesTab = QWidget()
        self.deadlinesTab.setObjectName(u"deadlinesTab")
        self.deadlinesLayout = QVBoxLayout(self.deadlinesTab)
        self.deadlinesLayout.setObjectName(u"deadlinesLayout")
        self.deadlinesTable = QTableView(self.deadlinesTab)
        self.deadlinesTable.setObjectName(u"deadlinesTable")
        self.deadlinesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.deadlinesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.deadlinesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.deadlinesTable.setAlternatingRowColors(True)

        self.deadlinesLayout.addWidget(self.deadlinesTable)

        self.ruleHint = QLabel(self.deadlinesTab)
        self.ruleHint.setObjectName(u"ruleHint")
        self.ruleHint.setWordWrap(True)

        self.deadlinesLayout.addWidget(self.ruleHint)

        self.editFrame = QFrame(self.deadlinesTab)
        self.editFrame.setObjectName(u"editFrame")
        self.editLayout = QVBoxLayout(self.editFrame)
        self.editLayout.setObjectName(u"editLayout")
        self.editLayout.setContentsMargins(10, 8, 10, 8)
        self.editRow = QHBoxLayout()
        self.editRow.setObjectName(u"editRow")
        self.editLabel = QLabel(self.editFrame)
        self.editLabel.setObjectName(u"editLabel")

        self.editRow.addWidget(self.editLabel)

        self.deadlineEdit = QDateEdit(self.editFrame)
        self.deadlineEdit.setObjectName(u"deadlineEdit")
        self.deadlineEdit.setCalendarPopup(True)

        self.editRow.addWidget(self.deadlineEdit)

        self.editWeekday = QLabel(self.editFrame)
        self.editWeekday.setObjectName(u"editWeekday")

        self.editRow.addWidget(self.editWeekday)

        self.editSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.editRow.addItem(self.editSpacer)

        self.saveButton = QPushButton(self.editFrame)
        self.saveButton.setObjectName(u"saveButton")

        self.editRow.addWidget(self.saveButton)

        self.cancelEditButton = QPushButton(self.editFrame)
        self.cancelEditButton.setObjectName(u"cancelEditButton")

        self.editRow.addWidget(self.cancelEditButton)


        self.editLayout.addLayout(self.editRow)

        self.editError = QLabel(self.editFrame)
        self.editError.setObjectName(u"editError")
        self.editError.setWordWrap(True)

        self.editLayout.addWidget(self.editError)


        self.deadlinesLayout.addWidget(self.editFrame)

        self.deadlineButtons = QHBoxLayout()
        self.deadlineButtons.setObjectName(u"deadlineButtons")
        self.editButton = QPushButton(self.deadlinesTab)
        self.editButton.setObjectName(u"editButton")

        self.deadlineButtons.addWidget(self.editButton)

        self.restoreButton = QPushButton(self.deadlinesTab)
        self.restoreButton.setObjectName(u"restoreButton")

        self.deadlineButtons.addWidget(self.restoreButton)

        self.deadlineButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.deadlineButtons.addItem(self.deadlineButtonsSpacer)

        self.importDeadlinesButton = QPushButton(self.deadlinesTab)
        self.importDeadlinesButton.setObjectName(u"importDeadlinesButton")

        self.deadlineButtons.addWidget(self.importDeadlinesButton)


        self.deadlinesLayout.addLayout(self.deadlineButtons)

        self.tabs.addTab(self.deadlinesTab, "")
        self.holidaysTab = QWidget()
        self.holidaysTab.setObjectName(u"holidaysTab")
        self.holidaysLayout = QVBoxLayout(self.holidaysTab)
        self.holidaysLayout.setObjectName(u"holidaysLayout")
        self.holidaysTable = QTableView(self.holidaysTab)
        self.holidaysTable.setObjectName(u"holidaysTable")
        self.holidaysTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.holidaysTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.holidaysTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.holidaysTable.setAlternatingRowColors(True)

        self.holidaysLayout.addWidget(self.holidaysTable)

        self.holidaysHint = QLabel(self.holidaysTab)
        self.holidaysHint.setObjectName(u"holidaysHint")
        self.holidaysHint.setWordWrap(True)

        self.holidaysLayout.addWidget(self.holidaysHint)

        self.holidayButtons = QHBoxLayout()
        self.holidayButtons.setObjectName(u"holidayButtons")
        self.importNoticeButton = QPushButton(self.holidaysTab)
        self.importNoticeButton.setObjectName(u"importNoticeButton")

        self.holidayButtons.addWidget(self.importNoticeButton)

        self.removeDaysButton = QPushButton(self.holidaysTab)
        self.removeDaysButton.setObjectName(u"removeDaysButton")

        self.holidayButtons.addWidget(self.removeDaysButton)

        self.clearYearButton = QPushButton(self.holidaysTab)
        self.clearYearButton.setObjectName(u"clearYearButton")

        self.holidayButtons.addWidget(self.clearYearButton)

        self.holidayButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.holidayButtons.addItem(self.holidayButtonsSpacer)


        self.holidaysLayout.addLayout(self.holidayButtons)

        self.tabs.addTab(self.holidaysTab, "")

        self.bodyRow.addWidget(self.tabs)

        self.monthColumn = QVBoxLayout()
        self.monthColumn.setObjectName(u"monthColumn")
        self.monthCalendar = QCalendarWidget(CalendarDialog)
        self.monthCalendar.setObjectName(u"monthCalendar")
        self.monthCalendar.setGridVisible(True)
        self.monthCalendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.monthCalendar.setMinimumSize(QSize(340, 280))

        self.monthColumn.addWidget(self.monthCalendar)

        self.dayLabel = QLabel(CalendarDialog)
        self.dayLabel.setObjectName(u"dayLabel")
        self.dayLabel.setWordWrap(True)

        self.monthColumn.addWidget(self.dayLabel)

        self.legendLabel = QLabel(CalendarDialog)
        self.legendLabel.setObjectName(u"legendLabel")
        self.legendLabel.setWordWrap(True)

        self.monthColumn.addWidget(self.legendLabel)

        self.monthSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.monthColumn.addItem(self.monthSpacer)


        self.bodyRow.addLayout(self.monthColumn)

        self.bodyRow.setStretch(0, 1)

        self.mainLayout.addLayout(self.bodyRow)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.statusLabel = QLabel(CalendarDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        sizePolicy.setHeightForWidth(self.statusLabel.sizePolicy().hasHeightForWidth())
        self.statusLabel.setSizePolicy(sizePolicy)

        self.bottomRow.addWidget(self.statusLabel)

        self.closeButton = QPushButton(CalendarDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.bottomRow.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.bottomRow)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearSpin)
        self.editLabel.setBuddy(self.deadlineEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.yearSpin, self.tabs)
        QWidget.setTabOrder(self.tabs, self.deadlinesTable)
        QWidget.setTabOrder(self.deadlinesTable, self.deadlineEdit)
        QWidget.setTabOrder(self.deadlineEdit, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.cancelEditButton)
        QWidget.setTabOrder(self.cancelEditButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.restoreButton)
        QWidget.setTabOrder(self.restoreButton, self.importDeadlinesButton)
        QWidget.setTabOrder(self.importDeadlinesButton, self.holidaysTable)
        QWidget.setTabOrder(self.holidaysTable, self.importNoticeButton)
        QWidget.setTabOrder(self.importNoticeButton, self.removeDaysButton)
        QWidget.setTabOrder(self.removeDaysButton, self.clearYearButton)
        QWidget.setTabOrder(self.clearYearButton, self.monthCalendar)
        QWidget.setTabOrder(self.monthCalendar, self.closeButton)

        self.retranslateUi(CalendarDialog)
        self.closeButton.clicked.connect(CalendarDialog.reject)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(CalendarDialog)
    # setupUi

    def retranslateUi(self, CalendarDialog):
        CalendarDialog.setWindowTitle(QCoreApplication.translate("CalendarDialog", u"\u7a0e\u52a1\u65e5\u5386", None))
        self.yearLabel.setText(QCoreApplication.translate("CalendarDialog", u"\u5e74\u4efd", None))
        self.yearSpin.setSuffix(QCoreApplication.translate("CalendarDialog", u" \u5e74", None))
        self.coverageLabel.setText("")
        self.warningLabel.setText("")
        self.ruleHint.setText(QCoreApplication.translate("CalendarDialog", u"\u6309\u89c4\u5219\u63a8\u7b97\u7684\u5f81\u671f\u4ec5\u4f9b\u53c2\u8003\uff0c\u4ee5\u56fd\u5bb6\u7a0e\u52a1\u603b\u5c40\u516c\u5e03\u7684\u5f81\u671f\u65e5\u5386\u4e3a\u51c6\uff1a\u53ef\u9010\u6708\u4fee\u6539\uff0c\u6216\u5bfc\u5165\u5f81\u671f\u8868\u3002", None))
        self.editLabel.setText("")
        self.deadlineEdit.setDisplayFormat(QCoreApplication.translate("CalendarDialog", u"yyyy-MM-dd", None))
        self.editWeekday.setText("")
        self.saveButton.setText(QCoreApplication.translate("CalendarDialog", u"\u4fdd\u5b58", None))
        self.cancelEditButton.setText(QCoreApplication.translate("CalendarDialog", u"\u53d6\u6d88", None))
        self.editError.setText("")
        self.editButton.setText(QCoreApplication.translate("CalendarDialog", u"\u4fee\u6539\u2026", None))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("CalendarDialog", u"\u4fee\u6539\u6240\u9009\u6708\u4efd\u7684\u7533\u62a5\u622a\u6b62\u65e5\uff08\u4e5f\u53ef\u53cc\u51fb\u4e00\u884c\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.restoreButton.setText(QCoreApplication.translate("CalendarDialog", u"\u6062\u590d\u9ed8\u8ba4", None))
#if QT_CONFIG(tooltip)
        self.restoreButton.setToolTip(QCoreApplication.translate("CalendarDialog", u"\u5220\u9664\u672c\u5c40\u5bf9\u6240\u9009\u6708\u4efd\u7684\u4fee\u6539\uff0c\u6062\u590d\u56fd\u5bb6\u7a0e\u52a1\u603b\u5c40\u516c\u5e03\u7684\u5f81\u671f\u6216\u6309\u89c4\u5219\u63a8\u7b97", None))
#endif // QT_CONFIG(tooltip)
        self.importDeadlinesButton.setText(QCoreApplication.translate("CalendarDialog", u"\u5bfc\u5165\u5f81\u671f\u8868\u2026", None))
#if QT_CONFIG(tooltip)
        self.importDeadlinesButton.setToolTip(QCoreApplication.translate("CalendarDialog", u"CSV \u6587\u4ef6\uff0c\u7b2c 1 \u884c\u4e3a\u5217\u540d year,month,date\uff08\u5982 2027,1,2027-01-20\uff09\uff1b\u6709\u4e00\u884c\u51fa\u9519\u5219\u5168\u90e8\u4e0d\u5bfc\u5165", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.deadlinesTab), QCoreApplication.translate("CalendarDialog", u"\u7533\u62a5\u5f81\u671f", None))
        self.holidaysHint.setText(QCoreApplication.translate("CalendarDialog", u"\u653e\u5047\u901a\u77e5 CSV \u6587\u4ef6\uff1a\u7b2c 1 \u884c\u4e3a\u5217\u540d date,kind,name\uff1bkind \u4e3a holiday\uff08\u653e\u5047\uff09\u6216 workday\uff08\u8c03\u4f11\u4e0a\u73ed\uff09\uff0c\u5982 2027-01-01,holiday,\u5143\u65e6\u3002\u5bfc\u5165\u7684\u65e5\u671f\u4f18\u5148\u4e8e\u5185\u7f6e\u6570\u636e\u3002", None))
        self.importNoticeButton.setText(QCoreApplication.translate("CalendarDialog", u"\u5bfc\u5165\u653e\u5047\u901a\u77e5\u2026", None))
#if QT_CONFIG(tooltip)
        self.importNoticeButton.setToolTip(QCoreApplication.translate("CalendarDialog", u"\u5bfc\u5165\u56fd\u52a1\u9662\u529e\u516c\u5385\u7684\u8282\u5047\u65e5\u5b89\u6392\u901a\u77e5\uff08CSV\uff09\uff1b\u6709\u4e00\u884c\u51fa\u9519\u5219\u5168\u90e8\u4e0d\u5bfc\u5165", None))
#endif // QT_CONFIG(tooltip)
        self.removeDaysButton.setText(QCoreApplication.translate("CalendarDialog", u"\u79fb\u9664\u6240\u9009", None))
#if QT_CONFIG(tooltip)
        self.removeDaysButton.setToolTip(QCoreApplication.translate("CalendarDialog", u"\u5220\u9664\u6240\u9009\u7684\u672c\u5c40\u5bfc\u5165\u65e5\u671f\uff0c\u6062\u590d\u5185\u7f6e\u6570\u636e\uff08\u6216\u6309\u5468\u672b\u8ba1\u7b97\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.clearYearButton.setText(QCoreApplication.translate("CalendarDialog", u"\u6e05\u9664\u672c\u5e74\u5bfc\u5165", None))
        self.tabs.setTabText(self.tabs.indexOf(self.holidaysTab), QCoreApplication.translate("CalendarDialog", u"\u8282\u5047\u65e5\u4e0e\u8c03\u4f11", None))
        self.dayLabel.setText("")
        self.legendLabel.setText("")
        self.statusLabel.setText("")
        self.closeButton.setText(QCoreApplication.translate("CalendarDialog", u"\u5173\u95ed", None))
    # retranslateUi

