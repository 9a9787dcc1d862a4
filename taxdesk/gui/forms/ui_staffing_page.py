# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'staffing_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDoubleSpinBox, QFrame, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_StaffingPage(object):
    def setupUi(self, StaffingPage):
        if not StaffingPage.objectName():
            StaffingPage.setObjectName(u"StaffingPage")
        StaffingPage.resize(1400, 900)
        self.mainLayout = QVBoxLayout(StaffingPage)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.controlBar = QFrame(StaffingPage)
        self.controlBar.setObjectName(u"controlBar")
        self.controlLayout = QHBoxLayout(self.controlBar)
        self.controlLayout.setSpacing(8)
        self.controlLayout.setObjectName(u"controlLayout")
        self.controlLayout.setContentsMargins(12, 8, 12, 8)
        self.pointLabel = QLabel(self.controlBar)
        self.pointLabel.setObjectName(u"pointLabel")

        self.controlLayout.addWidget(self.pointLabel)

        self.pointCombo = QComboBox(self.controlBar)
        self.pointCombo.setObjectName(u"pointCombo")
        self.pointCombo.setMinimumContentsLength(12)
        self.pointCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.controlLayout.addWidget(self.pointCombo)

        self.pointSpacer = QSpacerItem(16, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.controlLayout.addItem(self.pointSpacer)

        self.weekTitle = QLabel(self.controlBar)
        self.weekTitle.setObjectName(u"weekTitle")

        self.controlLayout.addWidget(self.weekTitle)

        self.prevWeekButton = QPushButton(self.controlBar)
        self.prevWeekButton.setObjectName(u"prevWeekButton")

        self.controlLayout.addWidget(self.prevWeekButton)

        self.weekDate = QDateEdit(self.controlBar)
        self.weekDate.setObjectName(u"weekDate")
        self.weekDate.setDisplayFormat(u"yyyy-MM-dd")
        self.weekDate.setCalendarPopup(True)

        self.controlLayout.addWidget(self.weekDate)

        self.nextWeekButton = QPushButton(self.controlBar)
        self.nextWeekButton.setObjectName(u"nextWeekButton")

        self.controlLayout.addWidget(self.nextWeekButton)

        self.weekLabel = QLabel(self.controlBar)
        self.weekLabel.setObjectName(u"weekLabel")

        self.controlLayout.addWidget(self.weekLabel)

        self.controlSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.controlLayout.addItem(self.controlSpacer)

        self.importButton = QPushButton(self.controlBar)
        self.importButton.setObjectName(u"importButton")

        self.controlLayout.addWidget(self.importButton)

        self.calendarButton = QPushButton(self.controlBar)
        self.calendarButton.setObjectName(u"calendarButton")

        self.controlLayout.addWidget(self.calendarButton)


        self.mainLayout.addWidget(self.controlBar)

        self.targetsBar = QFrame(StaffingPage)
        self.targetsBar.setObjectName(u"targetsBar")
        self.targetsLayout = QHBoxLayout(self.targetsBar)
        self.targetsLayout.setSpacing(8)
        self.targetsLayout.setObjectName(u"targetsLayout")
        self.targetsLayout.setContentsMargins(12, 6, 12, 6)
        self.targetsTitle = QLabel(self.targetsBar)
        self.targetsTitle.setObjectName(u"targetsTitle")

        self.targetsLayout.addWidget(self.targetsTitle)

        self.slLabel = QLabel(self.targetsBar)
        self.slLabel.setObjectName(u"slLabel")

        self.targetsLayout.addWidget(self.slLabel)

        self.slSpin = QSpinBox(self.targetsBar)
        self.slSpin.setObjectName(u"slSpin")
        self.slSpin.setSuffix(u" %")
        self.slSpin.setMinimum(50)
        self.slSpin.setMaximum(99)
        self.slSpin.setValue(80)

        self.targetsLayout.addWidget(self.slSpin)

        self.waitLabel = QLabel(self.targetsBar)
        self.waitLabel.setObjectName(u"waitLabel")

        self.targetsLayout.addWidget(self.waitLabel)

        self.waitSpin = QDoubleSpinBox(self.targetsBar)
        self.waitSpin.setObjectName(u"waitSpin")
        self.waitSpin.setDecimals(0)
        self.waitSpin.setMinimum(0.000000000000000)
        self.waitSpin.setMaximum(120.000000000000000)
        self.waitSpin.setValue(10.000000000000000)

        self.targetsLayout.addWidget(self.waitSpin)

        self.occupancyLabel = QLabel(self.targetsBar)
        self.occupancyLabel.setObjectName(u"occupancyLabel")

        self.targetsLayout.addWidget(self.occupancyLabel)

        self.occupancySpin = QSpinBox(self.targetsBar)
        self.occupancySpin.setObjectName(u"occupancySpin")
        self.occupancySpin.setSuffix(u" %")
        self.occupancySpin.setMinimum(10)
        self.occupancySpin.setMaximum(100)
        self.occupancySpin.setValue(85)

        self.targetsLayout.addWidget(self.occupancySpin)

        self.shrinkageLabel = QLabel(self.targetsBar)
        self.shrinkageLabel.setObjectName(u"shrinkageLabel")

        self.targetsLayout.addWidget(self.shrinkageLabel)

        self.shrinkageSpin = QSpinBox(self.targetsBar)
        self.shrinkageSpin.setObjectName(u"shrinkageSpin")
        self.shrinkageSpin.setSuffix(u" %")
        self.shrinkageSpin.setMinimum(0)
        self.shrinkageSpin.setMaximum(90)

        self.targetsLayout.addWidget(self.shrinkageSpin)

        self.saveTargetsButton = QPushButton(self.targetsBar)
        self.saveTargetsButton.setObjectName(u"saveTargetsButton")

        self.targetsLayout.addWidget(self.saveTargetsButton)

        self.resetTargetsButton = QPushButton(self.targetsBar)
        self.resetTargetsButton.setObjectName(u"resetTargetsButton")

        self.targetsLayout.addWidget(self.resetTargetsButton)

        self.backtestCheck = QCheckBox(self.targetsBar)
        self.backtestCheck.setObjectName(u"backtestCheck")

        self.targetsLayout.addWidget(self.backtestCheck)

        self.statusLabel = QLabel(self.targetsBar)
        self.statusLabel.setObjectName(u"statusLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.statusLabel.sizePolicy().hasHeightForWidth())
        self.statusLabel.setSizePolicy(sizePolicy)
        self.statusLabel.setMinimumSize(QSize(150, 0))
        self.statusLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.statusLabel.setWordWrap(True)

        self.targetsLayout.addWidget(self.statusLabel)

        self.progressBar = QProgressBar(self.targetsBar)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setMaximumSize(QSize(200, 16777215))
        self.progressBar.setTextVisible(False)

        self.targetsLayout.addWidget(self.progressBar)

        self.cancelButton = QPushButton(self.targetsBar)
        self.cancelButton.setObjectName(u"cancelButton")

        self.targetsLayout.addWidget(self.cancelButton)

        self.recomputeButton = QPushButton(self.targetsBar)
        self.recomputeButton.setObjectName(u"recomputeButton")

        self.targetsLayout.addWidget(self.recomputeButton)


        self.mainLayout.addWidget(self.targetsBar)

        self.calendarFrame = QFrame(StaffingPage)
        self.calendarFrame.setObjectName(u"calendarFrame")
        self.calendarLayout = QHBoxLayout(self.calendarFrame)
        self.calendarLayout.setObjectName(u"calendarLayout")
        self.calendarLayout.setContentsMargins(12, 6, 12, 6)
        self.calendarBanner = QLabel(self.calendarFrame)
        self.calendarBanner.setObjectName(u"calendarBanner")
        self.calendarBanner.setWordWrap(True)

        self.calendarLayout.addWidget(self.calendarBanner)

        self.calendarBannerButton = QPushButton(self.calendarFrame)
        self.calendarBannerButton.setObjectName(u"calendarBannerButton")

        self.calendarLayout.addWidget(self.calendarBannerButton)

        self.calendarLayout.setStretch(0, 1)

        self.mainLayout.addWidget(self.calendarFrame)

        self.errorFrame = QFrame(StaffingPage)
        self.errorFrame.setObjectName(u"errorFrame")
        self.errorLayout = QHBoxLayout(self.errorFrame)
        self.errorLayout.setObjectName(u"errorLayout")
        self.errorLayout.setContentsMargins(12, 6, 12, 6)
        self.errorLabel = QLabel(self.errorFrame)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.errorLayout.addWidget(self.errorLabel)

        self.errorImportButton = QPushButton(self.errorFrame)
        self.errorImportButton.setObjectName(u"errorImportButton")

        self.errorLayout.addWidget(self.errorImportButton)

        self.errorLayout.setStretch(0, 1)

        self.mainLayout.addWidget(self.errorFrame)

        self.summaryFrame = QFrame(StaffingPage)
        self.summaryFrame.setObjectName(u"summaryFrame")
        self.summaryLayout = QGridLayout(self.summaryFrame)
        self.summaryLayout.setObjectName(u"summaryLayout")
        self.summaryLayout.setHorizontalSpacing(24)
        self.summaryLayout.setVerticalSpacing(4)
        self.summaryLayout.setContentsMargins(12, 6, 12, 6)
        self.peakLabel = QLabel(self.summaryFrame)
        self.peakLabel.setObjectName(u"peakLabel")

        self.summaryLayout.addWidget(self.peakLabel, 0, 0, 1, 1)

        self.historyLabel = QLabel(self.summaryFrame)
        self.historyLabel.setObjectName(u"historyLabel")

        self.summaryLayout.addWidget(self.historyLabel, 0, 1, 1, 1)

        self.backtestLabel = QLabel(self.summaryFrame)
        self.backtestLabel.setObjectName(u"backtestLabel")

        self.summaryLayout.addWidget(self.backtestLabel, 1, 0, 1, 1)

        self.targetsNote = QLabel(self.summaryFrame)
        self.targetsNote.setObjectName(u"targetsNote")

        self.summaryLayout.addWidget(self.targetsNote, 1, 1, 1, 1)


        self.mainLayout.addWidget(self.summaryFrame)

        self.tabs = QTabWidget(StaffingPage)
        self.tabs.setObjectName(u"tabs")
        self.chartTab = QWidget()
        self.chartTab.setObjectName(u"chartTab")
        self.chartTabLayout = QVBoxLayout(self.chartTab)
        self.chartTabLayout.setObjectName(u"chartTabLayout")
        self.chartTabLayout.setContentsMargins(4, 4, 4, 4)
        self.chartArea = QWidget(self.chartTab)
        self.chartArea.setObjectName(u"chartArea")
        self.chartAreaLayout = QHBoxLayout(self.chartArea)
        self.chartAreaLayout.setSpacing(8)
        self.chartAreaLayout.setObjectName(u"chartAreaLayout")
        self.chartAreaLayout.setContentsMargins(0, 0, 0, 0)
        self.chartHost = QWidget(self.chartArea)
        self.chartHost.setObjectName(u"chartHost")
        self.chartHostLayout = QVBoxLayout(self.chartHost)
        self.chartHostLayout.setObjectName(u"chartHostLayout")
        self.chartHostLayout.setContentsMargins(0, 0, 0, 0)

        self.chartAreaLayout.addWidget(self.chartHost)

        self.handlingBox = QGroupBox(self.chartArea)
        self.handlingBox.setObjectName(u"handlingBox")
        self.handlingLayout = QVBoxLayout(self.handlingBox)
        self.handlingLayout.setObjectName(u"handlingLayout")
        self.handlingTable = QTableView(self.handlingBox)
        self.handlingTable.setObjectName(u"handlingTable")
        self.handlingTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.handlingTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.handlingTable.setShowGrid(False)
        self.handlingTable.verticalHeader().setVisible(False)

        self.handlingLayout.addWidget(self.handlingTable)

        self.handlingNote = QLabel(self.handlingBox)
        self.handlingNote.setObjectName(u"handlingNote")
        self.handlingNote.setWordWrap(True)

        self.handlingLayout.addWidget(self.handlingNote)


        self.chartAreaLayout.addWidget(self.handlingBox)

        self.chartAreaLayout.setStretch(0, 1)

        self.chartTabLayout.addWidget(self.chartArea)

        self.tabs.addTab(self.chartTab, "")
        self.intervalsTab = QWidget()
        self.intervalsTab.setObjectName(u"intervalsTab")
        self.intervalsLayout = QVBoxLayout(self.intervalsTab)
        self.intervalsLayout.setObjectName(u"intervalsLayout")
        self.intervalsTable = QTableView(self.intervalsTab)
        self.intervalsTable.setObjectName(u"intervalsTable")
        self.intervalsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.intervalsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.intervalsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.intervalsTable.verticalHeader().setVisible(False)

        self.intervalsLayout.addWidget(self.intervalsTable)

        self.tabs.addTab(self.intervalsTab, "")
        self.daysTab = QWidget()
        self.daysTab.setObjectName(u"daysTab")
        self.daysLayout = QVBoxLayout(self.daysTab)
        self.daysLayout.setObjectName(u"daysLayout")
        self.daysTable = QTableView(self.daysTab)
        self.daysTable.setObjectName(u"daysTable")
        self.daysTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.daysTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.daysTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.daysTable.verticalHeader().setVisible(False)

        self.daysLayout.addWidget(self.daysTable)

        self.tabs.addTab(self.daysTab, "")

        self.mainLayout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.pointLabel.setBuddy(self.pointCombo)
        self.weekTitle.setBuddy(self.weekDate)
        self.slLabel.setBuddy(self.slSpin)
        self.waitLabel.setBuddy(self.waitSpin)
        self.occupancyLabel.setBuddy(self.occupancySpin)
        self.shrinkageLabel.setBuddy(self.shrinkageSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.pointCombo, self.prevWeekButton)
        QWidget.setTabOrder(self.prevWeekButton, self.weekDate)
        QWidget.setTabOrder(self.weekDate, self.nextWeekButton)
        QWidget.setTabOrder(self.nextWeekButton, self.importButton)
        QWidget.setTabOrder(self.importButton, self.calendarButton)
        QWidget.setTabOrder(self.calendarButton, self.slSpin)
        QWidget.setTabOrder(self.slSpin, self.waitSpin)
        QWidget.setTabOrder(self.waitSpin, self.occupancySpin)
        QWidget.setTabOrder(self.occupancySpin, self.shrinkageSpin)
        QWidget.setTabOrder(self.shrinkageSpin, self.saveTargetsButton)
        QWidget.setTabOrder(self.saveTargetsButton, self.resetTargetsButton)
        QWidget.setTabOrder(self.resetTargetsButton, self.backtestCheck)
        QWidget.setTabOrder(self.backtestCheck, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.recomputeButton)
        QWidget.setTabOrder(self.recomputeButton, self.tabs)
        QWidget.setTabOrder(self.tabs, self.handlingTable)
        QWidget.setTabOrder(self.handlingTable, self.intervalsTable)
        QWidget.setTabOrder(self.intervalsTable, self.daysTable)

        self.retranslateUi(StaffingPage)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(StaffingPage)
    # setupUi

    def retranslateUi(self, StaffingPage):
        StaffingPage.setWindowTitle(QCoreApplication.translate("StaffingPage", u"\u6f6e\u6c50\u7a97\u53e3", None))
        self.pointLabel.setText(QCoreApplication.translate("StaffingPage", u"\u670d\u52a1\u70b9", None))
        self.weekTitle.setText(QCoreApplication.translate("StaffingPage", u"\u5468", None))
#if QT_CONFIG(tooltip)
        self.prevWeekButton.setToolTip(QCoreApplication.translate("StaffingPage", u"\u4e0a\u4e00\u5468", None))
#endif // QT_CONFIG(tooltip)
        self.prevWeekButton.setText(QCoreApplication.translate("StaffingPage", u"\u25c0 \u4e0a\u4e00\u5468", None))
#if QT_CONFIG(tooltip)
        self.weekDate.setToolTip(QCoreApplication.translate("StaffingPage", u"\u9009\u62e9\u8fd9\u4e00\u5468\u4e2d\u7684\u4efb\u4e00\u5929", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.nextWeekButton.setToolTip(QCoreApplication.translate("StaffingPage", u"\u4e0b\u4e00\u5468", None))
#endif // QT_CONFIG(tooltip)
        self.nextWeekButton.setText(QCoreApplication.translate("StaffingPage", u"\u4e0b\u4e00\u5468 \u25b6", None))
        self.weekLabel.setText("")
        self.importButton.setText(QCoreApplication.translate("StaffingPage", u"\u5bfc\u5165\u5386\u53f2\u8bb0\u5f55\u2026", None))
        self.calendarButton.setText(QCoreApplication.translate("StaffingPage", u"\u7a0e\u52a1\u65e5\u5386\u2026", None))
        self.targetsTitle.setText(QCoreApplication.translate("StaffingPage", u"\u670d\u52a1\u76ee\u6807", None))
        self.slLabel.setText(QCoreApplication.translate("StaffingPage", u"\u670d\u52a1\u6c34\u5e73", None))
#if QT_CONFIG(tooltip)
        self.slSpin.setToolTip(QCoreApplication.translate("StaffingPage", u"\u5728\u76ee\u6807\u7b49\u5019\u65f6\u95f4\u5185\u5f97\u5230\u529e\u7406\u7684\u4eba\u6240\u5360\u7684\u6bd4\u4f8b", None))
#endif // QT_CONFIG(tooltip)
        self.waitLabel.setText(QCoreApplication.translate("StaffingPage", u"\u76ee\u6807\u7b49\u5019", None))
        self.waitSpin.setSuffix(QCoreApplication.translate("StaffingPage", u" \u5206\u949f", None))
        self.occupancyLabel.setText(QCoreApplication.translate("StaffingPage", u"\u6700\u9ad8\u5360\u7528\u7387", None))
#if QT_CONFIG(tooltip)
        self.occupancySpin.setToolTip(QCoreApplication.translate("StaffingPage", u"\u4e00\u4e2a\u7a97\u53e3\u6700\u591a\u6709\u591a\u5c11\u65f6\u95f4\u5728\u529e\u7406\u4e1a\u52a1", None))
#endif // QT_CONFIG(tooltip)
        self.shrinkageLabel.setText(QCoreApplication.translate("StaffingPage", u"\u635f\u8017\u7387", None))
#if QT_CONFIG(tooltip)
        self.shrinkageSpin.setToolTip(QCoreApplication.translate("StaffingPage", u"\u4f11\u606f\u3001\u57f9\u8bad\u7b49\u4e0d\u5728\u7a97\u53e3\u7684\u65f6\u95f4\u6240\u5360\u6bd4\u4f8b\uff1a\u6392\u73ed\u4eba\u6570\u636e\u6b64\u4e0a\u8c03", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.saveTargetsButton.setToolTip(QCoreApplication.translate("StaffingPage", u"\u628a\u672c\u9875\u7684\u670d\u52a1\u76ee\u6807\u4fdd\u5b58\u4e3a\u5168\u5c40\u9ed8\u8ba4\uff1a\u6240\u6709\u670d\u52a1\u70b9\u7684\u6f6e\u6c50\u7a97\u53e3\u6d4b\u7b97\u548c\u503c\u73ed\u957f\u7684\u6f6e\u6c50\u7a97\u53e3\u5efa\u8bae\u90fd\u5c06\u6309\u6b64\u8ba1\u7b97", None))
#endif // QT_CONFIG(tooltip)
        self.saveTargetsButton.setText(QCoreApplication.translate("StaffingPage", u"\u8bbe\u4e3a\u9ed8\u8ba4\u2026", None))
#if QT_CONFIG(tooltip)
        self.resetTargetsButton.setToolTip(QCoreApplication.translate("StaffingPage", u"\u6062\u590d\u4e3a\u9ed8\u8ba4\u670d\u52a1\u76ee\u6807\uff08\u672c\u9875\u6539\u52a8\u7684\u76ee\u6807\u53ea\u7528\u4e8e\u8bd5\u7b97\uff0c\u70b9\u201c\u8bbe\u4e3a\u9ed8\u8ba4\u2026\u201d\u624d\u4f1a\u4fdd\u5b58\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.resetTargetsButton.setText(QCoreApplication.translate("StaffingPage", u"\u6062\u590d\u9ed8\u8ba4", None))
#if QT_CONFIG(tooltip)
        self.backtestCheck.setToolTip(QCoreApplication.translate("StaffingPage", u"\u7528\u6700\u8fd1\u51e0\u5468\u7684\u5b9e\u9645\u53d6\u53f7\u68c0\u9a8c\u9884\u6d4b\u7cbe\u5ea6\uff08\u8ba1\u7b97\u8f83\u6162\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.backtestCheck.setText(QCoreApplication.translate("StaffingPage", u"\u56de\u6d4b", None))
        self.statusLabel.setText("")
        self.cancelButton.setText(QCoreApplication.translate("StaffingPage", u"\u53d6\u6d88", None))
        self.recomputeButton.setText(QCoreApplication.translate("StaffingPage", u"\u91cd\u65b0\u8ba1\u7b97", None))
        self.calendarBanner.setText("")
        self.calendarBannerButton.setText(QCoreApplication.translate("StaffingPage", u"\u6253\u5f00\u7a0e\u52a1\u65e5\u5386\u2026", None))
        self.errorLabel.setText("")
        self.errorImportButton.setText(QCoreApplication.translate("StaffingPage", u"\u5bfc\u5165\u5386\u53f2\u8bb0\u5f55\u2026", None))
        self.peakLabel.setText("")
        self.historyLabel.setText("")
        self.backtestLabel.setText("")
#if QT_CONFIG(tooltip)
        self.targetsNote.setToolTip(QCoreApplication.translate("StaffingPage", u"\u8fd9\u91cc\u6539\u52a8\u7684\u76ee\u6807\u53ea\u7528\u4e8e\u672c\u9875\u7684\u8bd5\u7b97\uff1a\u9ed8\u8ba4\u670d\u52a1\u76ee\u6807\u4e0d\u53d8\uff0c\u503c\u73ed\u957f\u9875\u7684\u6f6e\u6c50\u7a97\u53e3\u5efa\u8bae\u4ecd\u6309\u9ed8\u8ba4\u76ee\u6807\u8ba1\u7b97\uff1b\u70b9\u201c\u8bbe\u4e3a\u9ed8\u8ba4\u2026\u201d\u53ef\u4fdd\u5b58\u4e3a\u9ed8\u8ba4\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.targetsNote.setText("")
        self.handlingBox.setTitle(QCoreApplication.translate("StaffingPage", u"\u529e\u7406\u65f6\u957f\uff08\u6bcf\u4eba\uff0c\u5206\u949f\uff09", None))
        self.handlingNote.setText(QCoreApplication.translate("StaffingPage", u"\u6309\u8fd1 90 \u5929\u529e\u7ed3\u7684\u53d6\u53f7\u8ba1\u7b97\uff08\u53eb\u53f7\u81f3\u529e\u7ed3\uff09\uff1b\u6837\u672c\u592a\u5c11\u65f6\u91c7\u7528\u4e1a\u52a1\u76ee\u5f55\u4e2d\u7684\u5e73\u5747\u529e\u7406\u65f6\u957f\u3002", None))
        self.tabs.setTabText(self.tabs.indexOf(self.chartTab), QCoreApplication.translate("StaffingPage", u"\u56fe\u8868", None))
        self.tabs.setTabText(self.tabs.indexOf(self.intervalsTab), QCoreApplication.translate("StaffingPage", u"\u6bcf\u534a\u5c0f\u65f6\u660e\u7ec6", None))
        self.tabs.setTabText(self.tabs.indexOf(self.daysTab), QCoreApplication.translate("StaffingPage", u"\u6309\u65e5\u6c47\u603b", None))
    # retranslateUi

