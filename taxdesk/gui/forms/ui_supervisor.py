# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'supervisor.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QSpinBox, QSplitter, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_SupervisorView(object):
    def setupUi(self, SupervisorView):
        if not SupervisorView.objectName():
            SupervisorView.setObjectName(u"SupervisorView")
        SupervisorView.resize(1366, 690)
        self.mainLayout = QVBoxLayout(SupervisorView)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.alertBanner = QLabel(SupervisorView)
        self.alertBanner.setObjectName(u"alertBanner")
        self.alertBanner.setWordWrap(True)

        self.mainLayout.addWidget(self.alertBanner)

        self.headerBar = QFrame(SupervisorView)
        self.headerBar.setObjectName(u"headerBar")
        self.headerLayout = QHBoxLayout(self.headerBar)
        self.headerLayout.setObjectName(u"headerLayout")
        self.headerLayout.setContentsMargins(12, 8, 12, 8)
        self.totalLabel = QLabel(self.headerBar)
        self.totalLabel.setObjectName(u"totalLabel")

        self.headerLayout.addWidget(self.totalLabel)

        self.windowsSummaryLabel = QLabel(self.headerBar)
        self.windowsSummaryLabel.setObjectName(u"windowsSummaryLabel")

        self.headerLayout.addWidget(self.windowsSummaryLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.updatedLabel = QLabel(self.headerBar)
        self.updatedLabel.setObjectName(u"updatedLabel")

        self.headerLayout.addWidget(self.updatedLabel)


        self.mainLayout.addWidget(self.headerBar)

        self.bodySplitter = QSplitter(SupervisorView)
        self.bodySplitter.setObjectName(u"bodySplitter")
        self.bodySplitter.setOrientation(Qt.Orientation.Horizontal)
        self.bodySplitter.setChildrenCollapsible(False)
        self.windowsPane = QWidget(self.bodySplitter)
        self.windowsPane.setObjectName(u"windowsPane")
        self.windowsPaneLayout = QVBoxLayout(self.windowsPane)
        self.windowsPaneLayout.setSpacing(8)
        self.windowsPaneLayout.setObjectName(u"windowsPaneLayout")
        self.windowsPaneLayout.setContentsMargins(0, 0, 0, 0)
        self.windowsBox = QGroupBox(self.windowsPane)
        self.windowsBox.setObjectName(u"windowsBox")
        self.windowsLayout = QVBoxLayout(self.windowsBox)
        self.windowsLayout.setObjectName(u"windowsLayout")
        self.windowsTable = QTableView(self.windowsBox)
        self.windowsTable.setObjectName(u"windowsTable")
        self.windowsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.windowsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.windowsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.windowsTable.setShowGrid(False)
        self.windowsTable.verticalHeader().setVisible(False)

        self.windowsLayout.addWidget(self.windowsTable)


        self.windowsPaneLayout.addWidget(self.windowsBox)

        self.thresholdsBox = QGroupBox(self.windowsPane)
        self.thresholdsBox.setObjectName(u"thresholdsBox")
        self.thresholdsLayout = QGridLayout(self.thresholdsBox)
        self.thresholdsLayout.setObjectName(u"thresholdsLayout")
        self.thresholdsLayout.setHorizontalSpacing(8)
        self.thresholdsLayout.setVerticalSpacing(4)
        self.waitingLabel = QLabel(self.thresholdsBox)
        self.waitingLabel.setObjectName(u"waitingLabel")

        self.thresholdsLayout.addWidget(self.waitingLabel, 0, 0, 1, 1)

        self.waitingSpin = QSpinBox(self.thresholdsBox)
        self.waitingSpin.setObjectName(u"waitingSpin")
        self.waitingSpin.setMinimum(1)
        self.waitingSpin.setMaximum(999)
        self.waitingSpin.setValue(20)

        self.thresholdsLayout.addWidget(self.waitingSpin, 0, 1, 1, 1)

        self.waitMinLabel = QLabel(self.thresholdsBox)
        self.waitMinLabel.setObjectName(u"waitMinLabel")

        self.thresholdsLayout.addWidget(self.waitMinLabel, 0, 2, 1, 1)

        self.waitMinSpin = QSpinBox(self.thresholdsBox)
        self.waitMinSpin.setObjectName(u"waitMinSpin")
        self.waitMinSpin.setMinimum(1)
        self.waitMinSpin.setMaximum(480)
        self.waitMinSpin.setValue(30)

        self.thresholdsLayout.addWidget(self.waitMinSpin, 0, 3, 1, 1)

        self.saveThresholdsButton = QPushButton(self.thresholdsBox)
        self.saveThresholdsButton.setObjectName(u"saveThresholdsButton")
        self.saveThresholdsButton.setEnabled(False)

        self.thresholdsLayout.addWidget(self.saveThresholdsButton, 0, 5, 1, 1)

        self.thresholdsHint = QLabel(self.thresholdsBox)
        self.thresholdsHint.setObjectName(u"thresholdsHint")
        self.thresholdsHint.setWordWrap(True)

        self.thresholdsLayout.addWidget(self.thresholdsHint, 1, 0, 1, 6)

        self.thresholdsLayout.setColumnStretch(4, 1)

        self.windowsPaneLayout.addWidget(self.thresholdsBox)

        self.windowsPaneLayout.setStretch(0, 1)
        self.bodySplitter.addWidget(self.windowsPane)
        self.sideSplitter = QSplitter(self.bodySplitter)
        self.sideSplitter.setObjectName(u"sideSplitter")
        self.sideSplitter.setOrientation(Qt.Orientation.Vertical)
        self.sideSplitter.setChildrenCollapsible(False)
        self.queuesBox = QGroupBox(self.sideSplitter)
        self.queuesBox.setObjectName(u"queuesBox")
        self.queuesLayout = QVBoxLayout(self.queuesBox)
        self.queuesLayout.setObjectName(u"queuesLayout")
        self.queuesTable = QTableView(self.queuesBox)
        self.queuesTable.setObjectName(u"queuesTable")
        self.queuesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.queuesTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.queuesTable.setShowGrid(False)
        self.queuesTable.verticalHeader().setVisible(False)

        self.queuesLayout.addWidget(self.queuesTable)

        self.sideSplitter.addWidget(self.queuesBox)
        self.adviceBox = QGroupBox(self.sideSplitter)
        self.adviceBox.setObjectName(u"adviceBox")
        self.adviceLayout = QVBoxLayout(self.adviceBox)
        self.adviceLayout.setSpacing(6)
        self.adviceLayout.setObjectName(u"adviceLayout")
        self.adviceTabs = QTabWidget(self.adviceBox)
        self.adviceTabs.setObjectName(u"adviceTabs")
        self.adviceTabs.setDocumentMode(True)
        self.suggestionsTab = QWidget()
        self.suggestionsTab.setObjectName(u"suggestionsTab")
        self.suggestionsColumn = QVBoxLayout(self.suggestionsTab)
        self.suggestionsColumn.setSpacing(6)
        self.suggestionsColumn.setObjectName(u"suggestionsColumn")
        self.suggestionsColumn.setContentsMargins(0, 6, 0, 0)
        self.deciderRow = QHBoxLayout()
        self.deciderRow.setSpacing(8)
        self.deciderRow.setObjectName(u"deciderRow")
        self.noteLabel = QLabel(self.suggestionsTab)
        self.noteLabel.setObjectName(u"noteLabel")

        self.deciderRow.addWidget(self.noteLabel)

        self.noteEdit = QLineEdit(self.suggestionsTab)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMaxLength(200)
        self.noteEdit.setClearButtonEnabled(True)

        self.deciderRow.addWidget(self.noteEdit)

        self.deciderRow.setStretch(1, 1)

        self.suggestionsColumn.addLayout(self.deciderRow)

        self.suggestionsArea = QScrollArea(self.suggestionsTab)
        self.suggestionsArea.setObjectName(u"suggestionsArea")
        self.suggestionsArea.setFrameShape(QFrame.Shape.NoFrame)
        self.suggestionsArea.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.suggestionsArea.setWidgetResizable(True)
        self.suggestionsContainer = QWidget()
        self.suggestionsContainer.setObjectName(u"suggestionsContainer")
        self.suggestionsLayout = QVBoxLayout(self.suggestionsContainer)
        self.suggestionsLayout.setSpacing(6)
        self.suggestionsLayout.setObjectName(u"suggestionsLayout")
        self.suggestionsLayout.setContentsMargins(0, 0, 0, 0)
        self.noSuggestionsLabel = QLabel(self.suggestionsContainer)
        self.noSuggestionsLabel.setObjectName(u"noSuggestionsLabel")
        self.noSuggestionsLabel.setWordWrap(True)

        self.suggestionsLayout.addWidget(self.noSuggestionsLabel)

        self.suggestionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.suggestionsLayout.addItem(self.suggestionsSpacer)

        self.suggestionsArea.setWidget(self.suggestionsContainer)

        self.suggestionsColumn.addWidget(self.suggestionsArea)

        self.adviceTabs.addTab(self.suggestionsTab, "")
        self.logTab = QWidget()
        self.logTab.setObjectName(u"logTab")
        self.logColumn = QVBoxLayout(self.logTab)
        self.logColumn.setObjectName(u"logColumn")
        self.logColumn.setContentsMargins(0, 6, 0, 0)
        self.adviceLogTable = QTableView(self.logTab)
        self.adviceLogTable.setObjectName(u"adviceLogTable")
        self.adviceLogTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.adviceLogTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.adviceLogTable.setShowGrid(False)
        self.adviceLogTable.setWordWrap(False)
        self.adviceLogTable.verticalHeader().setVisible(False)

        self.logColumn.addWidget(self.adviceLogTable)

        self.adviceTabs.addTab(self.logTab, "")

        self.adviceLayout.addWidget(self.adviceTabs)

        self.adviceStatusLabel = QLabel(self.adviceBox)
        self.adviceStatusLabel.setObjectName(u"adviceStatusLabel")
        self.adviceStatusLabel.setWordWrap(True)

        self.adviceLayout.addWidget(self.adviceStatusLabel)

        self.adviceLayout.setStretch(0, 1)
        self.sideSplitter.addWidget(self.adviceBox)
        self.bodySplitter.addWidget(self.sideSplitter)

        self.mainLayout.addWidget(self.bodySplitter)

        self.mainLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.waitingLabel.setBuddy(self.waitingSpin)
        self.waitMinLabel.setBuddy(self.waitMinSpin)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.windowsTable, self.waitingSpin)
        QWidget.setTabOrder(self.waitingSpin, self.waitMinSpin)
        QWidget.setTabOrder(self.waitMinSpin, self.saveThresholdsButton)
        QWidget.setTabOrder(self.saveThresholdsButton, self.adviceTabs)
        QWidget.setTabOrder(self.adviceTabs, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.suggestionsArea)
        QWidget.setTabOrder(self.suggestionsArea, self.adviceLogTable)

        self.retranslateUi(SupervisorView)

        QMetaObject.connectSlotsByName(SupervisorView)
    # setupUi

    def retranslateUi(self, SupervisorView):
        SupervisorView.setWindowTitle(QCoreApplication.translate("SupervisorView", u"\u503c\u73ed\u957f", None))
        self.alertBanner.setText("")
        self.totalLabel.setText("")
        self.windowsSummaryLabel.setText("")
        self.updatedLabel.setText("")
        self.windowsBox.setTitle(QCoreApplication.translate("SupervisorView", u"\u7a97\u53e3", None))
        self.thresholdsBox.setTitle(QCoreApplication.translate("SupervisorView", u"\u6f6e\u6c50\u7a97\u53e3\u63d0\u793a\u9608\u503c", None))
        self.waitingLabel.setText(QCoreApplication.translate("SupervisorView", u"\u67d0\u7c7b\u7b49\u5019\u4eba\u6570\u8d85\u8fc7", None))
        self.waitingSpin.setSuffix(QCoreApplication.translate("SupervisorView", u" \u4eba", None))
        self.waitMinLabel.setText(QCoreApplication.translate("SupervisorView", u"\u6216\u6700\u957f\u7b49\u5019\u8d85\u8fc7", None))
        self.waitMinSpin.setSuffix(QCoreApplication.translate("SupervisorView", u" \u5206\u949f", None))
        self.saveThresholdsButton.setText(QCoreApplication.translate("SupervisorView", u"\u4fdd\u5b58", None))
        self.thresholdsHint.setText(QCoreApplication.translate("SupervisorView", u"\u8d85\u8fc7\u4efb\u4e00\u9608\u503c\u5373\u63d0\u793a\u5f00\u653e\u6f6e\u6c50\u7a97\u53e3\u3002\u9608\u503c\u5bf9\u6240\u6709\u670d\u52a1\u70b9\u548c\u6240\u6709\u503c\u73ed\u957f\u751f\u6548\u3002", None))
        self.queuesBox.setTitle(QCoreApplication.translate("SupervisorView", u"\u7b49\u5019\u961f\u5217", None))
        self.adviceBox.setTitle(QCoreApplication.translate("SupervisorView", u"\u6f6e\u6c50\u7a97\u53e3\u5efa\u8bae", None))
        self.noteLabel.setText(QCoreApplication.translate("SupervisorView", u"\u5907\u6ce8", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("SupervisorView", u"\u53ef\u9009\uff0c\u968f\u51b3\u5b9a\u4e00\u8d77\u8bb0\u5f55", None))
        self.noSuggestionsLabel.setText(QCoreApplication.translate("SupervisorView", u"\u76ee\u524d\u6ca1\u6709\u5efa\u8bae\uff1a\u5404\u961f\u5217\u7684\u7b49\u5019\u90fd\u5728\u76ee\u6807\u4e4b\u5185\u3002", None))
        self.adviceTabs.setTabText(self.adviceTabs.indexOf(self.suggestionsTab), QCoreApplication.translate("SupervisorView", u"\u5f85\u5b9a\u5efa\u8bae", None))
        self.adviceTabs.setTabText(self.adviceTabs.indexOf(self.logTab), QCoreApplication.translate("SupervisorView", u"\u4eca\u65e5\u51b3\u5b9a", None))
        self.adviceStatusLabel.setText("")
    # retranslateUi

