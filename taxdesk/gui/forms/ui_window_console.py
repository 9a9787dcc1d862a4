# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'window_console.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFrame,
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_WindowConsole(object):
    def setupUi(self, WindowConsole):
        if not WindowConsole.objectName():
            WindowConsole.setObjectName(u"WindowConsole")
        WindowConsole.resize(1366, 700)
        self.mainLayout = QVBoxLayout(WindowConsole)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.signInBar = QFrame(WindowConsole)
        self.signInBar.setObjectName(u"signInBar")
        self.signInLayout = QHBoxLayout(self.signInBar)
        self.signInLayout.setObjectName(u"signInLayout")
        self.signInLayout.setContentsMargins(12, 8, 12, 8)
        self.windowLabel = QLabel(self.signInBar)
        self.windowLabel.setObjectName(u"windowLabel")

        self.signInLayout.addWidget(self.windowLabel)

        self.windowCombo = QComboBox(self.signInBar)
        self.windowCombo.setObjectName(u"windowCombo")
        self.windowCombo.setMinimumSize(QSize(170, 0))

        self.signInLayout.addWidget(self.windowCombo)

        self.signInGap = QSpacerItem(12, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.signInLayout.addItem(self.signInGap)

        self.officerLabel = QLabel(self.signInBar)
        self.officerLabel.setObjectName(u"officerLabel")

        self.signInLayout.addWidget(self.officerLabel)

        self.officerCombo = QComboBox(self.signInBar)
        self.officerCombo.setObjectName(u"officerCombo")
        self.officerCombo.setMinimumSize(QSize(230, 0))

        self.signInLayout.addWidget(self.officerCombo)

        self.signInButton = QPushButton(self.signInBar)
        self.signInButton.setObjectName(u"signInButton")

        self.signInLayout.addWidget(self.signInButton)

        self.signOutButton = QPushButton(self.signInBar)
        self.signOutButton.setObjectName(u"signOutButton")

        self.signInLayout.addWidget(self.signOutButton)

        self.signInSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.signInLayout.addItem(self.signInSpacer)

        self.signedInLabel = QLabel(self.signInBar)
        self.signedInLabel.setObjectName(u"signedInLabel")

        self.signInLayout.addWidget(self.signedInLabel)

        self.stateLabel = QLabel(self.signInBar)
        self.stateLabel.setObjectName(u"stateLabel")
        self.stateLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.signInLayout.addWidget(self.stateLabel)


        self.mainLayout.addWidget(self.signInBar)

        self.servesLabel = QLabel(WindowConsole)
        self.servesLabel.setObjectName(u"servesLabel")
        self.servesLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.servesLabel)

        self.messageLabel = QLabel(WindowConsole)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.messageLabel)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setSpacing(12)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.ticketCard = QFrame(WindowConsole)
        self.ticketCard.setObjectName(u"ticketCard")
        self.ticketLayout = QVBoxLayout(self.ticketCard)
        self.ticketLayout.setSpacing(6)
        self.ticketLayout.setObjectName(u"ticketLayout")
        self.ticketLayout.setContentsMargins(24, 16, 24, 16)
        self.phaseLayout = QHBoxLayout()
        self.phaseLayout.setObjectName(u"phaseLayout")
        self.phaseLabel = QLabel(self.ticketCard)
        self.phaseLabel.setObjectName(u"phaseLabel")

        self.phaseLayout.addWidget(self.phaseLabel)

        self.phaseSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.phaseLayout.addItem(self.phaseSpacer)

        self.timerLabel = QLabel(self.ticketCard)
        self.timerLabel.setObjectName(u"timerLabel")
        self.timerLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.phaseLayout.addWidget(self.timerLabel)


        self.ticketLayout.addLayout(self.phaseLayout)

        self.numberLabel = QLabel(self.ticketCard)
        self.numberLabel.setObjectName(u"numberLabel")
        self.numberLabel.setText(u"\u2014")

        self.ticketLayout.addWidget(self.numberLabel)

        self.serviceLayout = QHBoxLayout()
        self.serviceLayout.setSpacing(10)
        self.serviceLayout.setObjectName(u"serviceLayout")
        self.channelLabel = QLabel(self.ticketCard)
        self.channelLabel.setObjectName(u"channelLabel")

        self.serviceLayout.addWidget(self.channelLabel)

        self.serviceLabel = QLabel(self.ticketCard)
        self.serviceLabel.setObjectName(u"serviceLabel")
        self.serviceLabel.setWordWrap(True)

        self.serviceLayout.addWidget(self.serviceLabel)

        self.serviceLayout.setStretch(1, 1)

        self.ticketLayout.addLayout(self.serviceLayout)

        self.ticketSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.ticketLayout.addItem(self.ticketSpacer)

        self.detailsFrame = QFrame(self.ticketCard)
        self.detailsFrame.setObjectName(u"detailsFrame")
        self.detailsLayout = QGridLayout(self.detailsFrame)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.detailsLayout.setHorizontalSpacing(18)
        self.detailsLayout.setVerticalSpacing(6)
        self.issuedCaption = QLabel(self.detailsFrame)
        self.issuedCaption.setObjectName(u"issuedCaption")

        self.detailsLayout.addWidget(self.issuedCaption, 0, 0, 1, 1)

        self.issuedValue = QLabel(self.detailsFrame)
        self.issuedValue.setObjectName(u"issuedValue")

        self.detailsLayout.addWidget(self.issuedValue, 0, 1, 1, 1)

        self.waitedCaption = QLabel(self.detailsFrame)
        self.waitedCaption.setObjectName(u"waitedCaption")

        self.detailsLayout.addWidget(self.waitedCaption, 0, 2, 1, 1)

        self.waitedValue = QLabel(self.detailsFrame)
        self.waitedValue.setObjectName(u"waitedValue")

        self.detailsLayout.addWidget(self.waitedValue, 0, 3, 1, 1)

        self.taxpayerCaption = QLabel(self.detailsFrame)
        self.taxpayerCaption.setObjectName(u"taxpayerCaption")

        self.detailsLayout.addWidget(self.taxpayerCaption, 1, 0, 1, 1)

        self.taxpayerValue = QLabel(self.detailsFrame)
        self.taxpayerValue.setObjectName(u"taxpayerValue")

        self.detailsLayout.addWidget(self.taxpayerValue, 1, 1, 1, 1)

        self.recallCaption = QLabel(self.detailsFrame)
        self.recallCaption.setObjectName(u"recallCaption")

        self.detailsLayout.addWidget(self.recallCaption, 1, 2, 1, 1)

        self.recallValue = QLabel(self.detailsFrame)
        self.recallValue.setObjectName(u"recallValue")

        self.detailsLayout.addWidget(self.recallValue, 1, 3, 1, 1)


        self.ticketLayout.addWidget(self.detailsFrame)


        self.bodyLayout.addWidget(self.ticketCard)

        self.queueBox = QGroupBox(WindowConsole)
        self.queueBox.setObjectName(u"queueBox")
        self.queueLayout = QVBoxLayout(self.queueBox)
        self.queueLayout.setObjectName(u"queueLayout")
        self.queueSummaryLabel = QLabel(self.queueBox)
        self.queueSummaryLabel.setObjectName(u"queueSummaryLabel")
        self.queueSummaryLabel.setWordWrap(True)

        self.queueLayout.addWidget(self.queueSummaryLabel)

        self.queueTable = QTableView(self.queueBox)
        self.queueTable.setObjectName(u"queueTable")
        self.queueTable.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.queueTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.queueTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.queueTable.setAlternatingRowColors(True)
        self.queueTable.setShowGrid(False)
        self.queueTable.verticalHeader().setVisible(False)

        self.queueLayout.addWidget(self.queueTable)

        self.transferredLabel = QLabel(self.queueBox)
        self.transferredLabel.setObjectName(u"transferredLabel")
        self.transferredLabel.setWordWrap(True)

        self.queueLayout.addWidget(self.transferredLabel)


        self.bodyLayout.addWidget(self.queueBox)

        self.bodyLayout.setStretch(0, 3)
        self.bodyLayout.setStretch(1, 2)

        self.mainLayout.addLayout(self.bodyLayout)

        self.actionsBar = QFrame(WindowConsole)
        self.actionsBar.setObjectName(u"actionsBar")
        self.actionsLayout = QGridLayout(self.actionsBar)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.actionsLayout.setHorizontalSpacing(8)
        self.actionsLayout.setVerticalSpacing(4)
        self.actionsLayout.setContentsMargins(0, 0, 0, 0)
        self.callButton = QPushButton(self.actionsBar)
        self.callButton.setObjectName(u"callButton")

        self.actionsLayout.addWidget(self.callButton, 0, 0, 1, 1)

        self.recallButton = QPushButton(self.actionsBar)
        self.recallButton.setObjectName(u"recallButton")

        self.actionsLayout.addWidget(self.recallButton, 0, 1, 1, 1)

        self.startButton = QPushButton(self.actionsBar)
        self.startButton.setObjectName(u"startButton")

        self.actionsLayout.addWidget(self.startButton, 0, 2, 1, 1)

        self.finishButton = QPushButton(self.actionsBar)
        self.finishButton.setObjectName(u"finishButton")

        self.actionsLayout.addWidget(self.finishButton, 0, 3, 1, 1)

        self.noShowButton = QPushButton(self.actionsBar)
        self.noShowButton.setObjectName(u"noShowButton")

        self.actionsLayout.addWidget(self.noShowButton, 0, 4, 1, 1)

        self.transferButton = QPushButton(self.actionsBar)
        self.transferButton.setObjectName(u"transferButton")

        self.actionsLayout.addWidget(self.transferButton, 0, 5, 1, 1)

        self.pauseButton = QPushButton(self.actionsBar)
        self.pauseButton.setObjectName(u"pauseButton")

        self.actionsLayout.addWidget(self.pauseButton, 0, 6, 1, 1)

        self.finishNextButton = QPushButton(self.actionsBar)
        self.finishNextButton.setObjectName(u"finishNextButton")

        self.actionsLayout.addWidget(self.finishNextButton, 0, 7, 1, 1)

        self.noShowHintLabel = QLabel(self.actionsBar)
        self.noShowHintLabel.setObjectName(u"noShowHintLabel")
        self.noShowHintLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.actionsLayout.addWidget(self.noShowHintLabel, 1, 4, 1, 1)

        self.pauseReasonCombo = QComboBox(self.actionsBar)
        self.pauseReasonCombo.setObjectName(u"pauseReasonCombo")
        self.pauseReasonCombo.setEditable(True)
        self.pauseReasonCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.actionsLayout.addWidget(self.pauseReasonCombo, 1, 6, 1, 1)

        self.actionsLayout.setColumnStretch(0, 4)
        self.actionsLayout.setColumnStretch(1, 4)
        self.actionsLayout.setColumnStretch(2, 4)
        self.actionsLayout.setColumnStretch(3, 4)
        self.actionsLayout.setColumnStretch(4, 4)
        self.actionsLayout.setColumnStretch(5, 4)
        self.actionsLayout.setColumnStretch(6, 4)
        self.actionsLayout.setColumnStretch(7, 5)

        self.mainLayout.addWidget(self.actionsBar)

#if QT_CONFIG(shortcut)
        self.windowLabel.setBuddy(self.windowCombo)
        self.officerLabel.setBuddy(self.officerCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.windowCombo, self.officerCombo)
        QWidget.setTabOrder(self.officerCombo, self.signInButton)
        QWidget.setTabOrder(self.signInButton, self.signOutButton)
        QWidget.setTabOrder(self.signOutButton, self.callButton)
        QWidget.setTabOrder(self.callButton, self.recallButton)
        QWidget.setTabOrder(self.recallButton, self.startButton)
        QWidget.setTabOrder(self.startButton, self.finishButton)
        QWidget.setTabOrder(self.finishButton, self.noShowButton)
        QWidget.setTabOrder(self.noShowButton, self.transferButton)
        QWidget.setTabOrder(self.transferButton, self.pauseButton)
        QWidget.setTabOrder(self.pauseButton, self.pauseReasonCombo)
        QWidget.setTabOrder(self.pauseReasonCombo, self.finishNextButton)

        self.retranslateUi(WindowConsole)

        QMetaObject.connectSlotsByName(WindowConsole)
    # setupUi

    def retranslateUi(self, WindowConsole):
        WindowConsole.setWindowTitle(QCoreApplication.translate("WindowConsole", u"\u7a97\u53e3\u53eb\u53f7", None))
        self.windowLabel.setText(QCoreApplication.translate("WindowConsole", u"\u7a97\u53e3", None))
#if QT_CONFIG(tooltip)
        self.windowCombo.setToolTip(QCoreApplication.translate("WindowConsole", u"\u672c\u673a\u6240\u5728\u7684\u7a97\u53e3\uff08\u672c\u673a\u4f1a\u8bb0\u4f4f\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.officerLabel.setText(QCoreApplication.translate("WindowConsole", u"\u4eba\u5458", None))
#if QT_CONFIG(tooltip)
        self.officerCombo.setToolTip(QCoreApplication.translate("WindowConsole", u"\u5728\u672c\u7a97\u53e3\u7b7e\u5230\u7684\u5de5\u4f5c\u4eba\u5458\uff08\u672c\u673a\u4f1a\u8bb0\u4f4f\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.signInButton.setText(QCoreApplication.translate("WindowConsole", u"\u7b7e\u5230", None))
        self.signOutButton.setText(QCoreApplication.translate("WindowConsole", u"\u7b7e\u9000", None))
        self.signedInLabel.setText("")
        self.stateLabel.setText(QCoreApplication.translate("WindowConsole", u"\u672a\u7b7e\u5230", None))
        self.servesLabel.setText("")
        self.messageLabel.setText("")
        self.phaseLabel.setText(QCoreApplication.translate("WindowConsole", u"\u672a\u7b7e\u5230", None))
        self.timerLabel.setText("")
        self.channelLabel.setText("")
        self.serviceLabel.setText("")
        self.issuedCaption.setText(QCoreApplication.translate("WindowConsole", u"\u53d6\u53f7\u65f6\u95f4", None))
        self.issuedValue.setText("")
        self.waitedCaption.setText(QCoreApplication.translate("WindowConsole", u"\u5df2\u7b49\u5019", None))
        self.waitedValue.setText("")
        self.taxpayerCaption.setText(QCoreApplication.translate("WindowConsole", u"\u7eb3\u7a0e\u4eba", None))
        self.taxpayerValue.setText("")
        self.recallCaption.setText(QCoreApplication.translate("WindowConsole", u"\u91cd\u547c", None))
        self.recallValue.setText("")
        self.queueBox.setTitle(QCoreApplication.translate("WindowConsole", u"\u672c\u7a97\u53e3\u7b49\u5019", None))
        self.queueSummaryLabel.setText("")
        self.transferredLabel.setText("")
#if QT_CONFIG(tooltip)
        self.callButton.setToolTip(QCoreApplication.translate("WindowConsole", u"\u53eb\u4e0b\u4e00\u4f4d\u7b49\u5019\u7684\u7eb3\u7a0e\u4eba", None))
#endif // QT_CONFIG(tooltip)
        self.callButton.setText(QCoreApplication.translate("WindowConsole", u"\u53eb\u53f7", None))
#if QT_CONFIG(tooltip)
        self.recallButton.setToolTip(QCoreApplication.translate("WindowConsole", u"\u518d\u547c\u53eb\u4e00\u6b21\u5f53\u524d\u53f7\u7801", None))
#endif // QT_CONFIG(tooltip)
        self.recallButton.setText(QCoreApplication.translate("WindowConsole", u"\u91cd\u547c", None))
#if QT_CONFIG(tooltip)
        self.startButton.setToolTip(QCoreApplication.translate("WindowConsole", u"\u7eb3\u7a0e\u4eba\u5df2\u5230\u7a97\u53e3\uff0c\u5f00\u59cb\u529e\u7406", None))
#endif // QT_CONFIG(tooltip)
        self.startButton.setText(QCoreApplication.translate("WindowConsole", u"\u5f00\u59cb\u529e\u7406", None))
#if QT_CONFIG(tooltip)
        self.finishButton.setToolTip(QCoreApplication.translate("WindowConsole", u"\u5f53\u524d\u4e1a\u52a1\u5df2\u529e\u7ed3", None))
#endif // QT_CONFIG(tooltip)
        self.finishButton.setText(QCoreApplication.translate("WindowConsole", u"\u529e\u7ed3", None))
#if QT_CONFIG(tooltip)
        self.noShowButton.setToolTip(QCoreApplication.translate("WindowConsole", u"\u7eb3\u7a0e\u4eba\u672a\u5230\uff0c\u6309\u8fc7\u53f7\u5904\u7406\uff08\u53ef\u5230\u5bfc\u7a0e\u53f0\u91cd\u65b0\u6fc0\u6d3b\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.noShowButton.setText(QCoreApplication.translate("WindowConsole", u"\u8fc7\u53f7", None))
#if QT_CONFIG(tooltip)
        self.transferButton.setToolTip(QCoreApplication.translate("WindowConsole", u"\u8f6c\u5230\u672c\u5385\u5176\u4ed6\u4e1a\u52a1\u6216\u6307\u5b9a\u7a97\u53e3\uff0c\u4fdd\u7559\u539f\u6392\u961f\u65f6\u95f4", None))
#endif // QT_CONFIG(tooltip)
        self.transferButton.setText(QCoreApplication.translate("WindowConsole", u"\u8f6c\u529e", None))
#if QT_CONFIG(tooltip)
        self.pauseButton.setToolTip(QCoreApplication.translate("WindowConsole", u"\u6682\u505c\u53eb\u53f7\uff08\u5f53\u524d\u529e\u7406\u4e0d\u53d7\u5f71\u54cd\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.pauseButton.setText(QCoreApplication.translate("WindowConsole", u"\u6682\u505c", None))
#if QT_CONFIG(tooltip)
        self.finishNextButton.setToolTip(QCoreApplication.translate("WindowConsole", u"\u529e\u7ed3\u5f53\u524d\u53f7\u7801\u5e76\u7acb\u5373\u53eb\u4e0b\u4e00\u4f4d", None))
#endif // QT_CONFIG(tooltip)
        self.finishNextButton.setText(QCoreApplication.translate("WindowConsole", u"\u529e\u7ed3\u5e76\u53eb\u4e0b\u4e00\u4f4d", None))
        self.noShowHintLabel.setText("")
#if QT_CONFIG(tooltip)
        self.pauseReasonCombo.setToolTip(QCoreApplication.translate("WindowConsole", u"\u6682\u505c\u539f\u56e0\uff08\u9009\u586b\uff09\uff0c\u6682\u505c\u65f6\u4e00\u5e76\u8bb0\u5f55", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

