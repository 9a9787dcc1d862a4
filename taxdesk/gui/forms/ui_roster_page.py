# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'roster_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QFrame, QHBoxLayout, QHeaderView, QLabel,
    QListWidget, QListWidgetItem, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QVBoxLayout, QWidget)

class Ui_RosterPage(object):
    def setupUi(self, RosterPage):
        if not RosterPage.objectName():
            RosterPage.setObjectName(u"RosterPage")
        RosterPage.resize(1400, 900)
        self.mainLayout = QVBoxLayout(RosterPage)
        self.mainLayout.setSpacing(6)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(6, 6, 6, 6)
        self.controlBar = QFrame(RosterPage)
        self.controlBar.setObjectName(u"controlBar")
        self.controlLayout = QHBoxLayout(self.controlBar)
        self.controlLayout.setSpacing(8)
        self.controlLayout.setObjectName(u"controlLayout")
        self.controlLayout.setContentsMargins(10, 3, 10, 3)
        self.pointLabel = QLabel(self.controlBar)
        self.pointLabel.setObjectName(u"pointLabel")

        self.controlLayout.addWidget(self.pointLabel)

        self.pointCombo = QComboBox(self.controlBar)
        self.pointCombo.setObjectName(u"pointCombo")
        self.pointCombo.setMinimumContentsLength(10)
        self.pointCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.controlLayout.addWidget(self.pointCombo)

        self.pointSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.controlLayout.addItem(self.pointSpacer)

        self.weekTitle = QLabel(self.controlBar)
        self.weekTitle.setObjectName(u"weekTitle")

        self.controlLayout.addWidget(self.weekTitle)

        self.prevWeekButton = QPushButton(self.controlBar)
        self.prevWeekButton.setObjectName(u"prevWeekButton")
        self.prevWeekButton.setText(u"\u25c0")

        self.controlLayout.addWidget(self.prevWeekButton)

        self.weekDate = QDateEdit(self.controlBar)
        self.weekDate.setObjectName(u"weekDate")
        self.weekDate.setDisplayFormat(u"yyyy-MM-dd")
        self.weekDate.setCalendarPopup(True)

        self.controlLayout.addWidget(self.weekDate)

        self.nextWeekButton = QPushButton(self.controlBar)
        self.nextWeekButton.setObjectName(u"nextWeekButton")
        self.nextWeekButton.setText(u"\u25b6")

        self.controlLayout.addWidget(self.nextWeekButton)

        self.weekLabel = QLabel(self.controlBar)
        self.weekLabel.setObjectName(u"weekLabel")

        self.controlLayout.addWidget(self.weekLabel)

        self.versionLabel = QLabel(self.controlBar)
        self.versionLabel.setObjectName(u"versionLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.versionLabel.sizePolicy().hasHeightForWidth())
        self.versionLabel.setSizePolicy(sizePolicy)

        self.controlLayout.addWidget(self.versionLabel)


        self.mainLayout.addWidget(self.controlBar)

        self.actionBar = QFrame(RosterPage)
        self.actionBar.setObjectName(u"actionBar")
        self.actionLayout = QHBoxLayout(self.actionBar)
        self.actionLayout.setSpacing(8)
        self.actionLayout.setObjectName(u"actionLayout")
        self.actionLayout.setContentsMargins(10, 3, 10, 3)
        self.solveButton = QPushButton(self.actionBar)
        self.solveButton.setObjectName(u"solveButton")

        self.actionLayout.addWidget(self.solveButton)

        self.progressBar = QProgressBar(self.actionBar)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setMaximumSize(QSize(160, 16777215))
        self.progressBar.setTextVisible(False)

        self.actionLayout.addWidget(self.progressBar)

        self.cancelButton = QPushButton(self.actionBar)
        self.cancelButton.setObjectName(u"cancelButton")

        self.actionLayout.addWidget(self.cancelButton)

        self.solveLabel = QLabel(self.actionBar)
        self.solveLabel.setObjectName(u"solveLabel")
        sizePolicy.setHeightForWidth(self.solveLabel.sizePolicy().hasHeightForWidth())
        self.solveLabel.setSizePolicy(sizePolicy)
        self.solveLabel.setWordWrap(True)

        self.actionLayout.addWidget(self.solveLabel)

        self.undoButton = QPushButton(self.actionBar)
        self.undoButton.setObjectName(u"undoButton")

        self.actionLayout.addWidget(self.undoButton)

        self.redoButton = QPushButton(self.actionBar)
        self.redoButton.setObjectName(u"redoButton")

        self.actionLayout.addWidget(self.redoButton)

        self.publishButton = QPushButton(self.actionBar)
        self.publishButton.setObjectName(u"publishButton")

        self.actionLayout.addWidget(self.publishButton)

        self.printVersionCombo = QComboBox(self.actionBar)
        self.printVersionCombo.setObjectName(u"printVersionCombo")

        self.actionLayout.addWidget(self.printVersionCombo)

        self.printButton = QPushButton(self.actionBar)
        self.printButton.setObjectName(u"printButton")

        self.actionLayout.addWidget(self.printButton)

        self.pdfButton = QPushButton(self.actionBar)
        self.pdfButton.setObjectName(u"pdfButton")

        self.actionLayout.addWidget(self.pdfButton)

        self.xlsxButton = QPushButton(self.actionBar)
        self.xlsxButton.setObjectName(u"xlsxButton")

        self.actionLayout.addWidget(self.xlsxButton)


        self.mainLayout.addWidget(self.actionBar)

        self.errorFrame = QFrame(RosterPage)
        self.errorFrame.setObjectName(u"errorFrame")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.errorFrame.sizePolicy().hasHeightForWidth())
        self.errorFrame.setSizePolicy(sizePolicy1)
        self.errorLayout = QVBoxLayout(self.errorFrame)
        self.errorLayout.setSpacing(4)
        self.errorLayout.setObjectName(u"errorLayout")
        self.errorLayout.setContentsMargins(10, 3, 10, 3)
        self.errorLabel = QLabel(self.errorFrame)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.errorLayout.addWidget(self.errorLabel)

        self.reasonList = QListWidget(self.errorFrame)
        self.reasonList.setObjectName(u"reasonList")
        self.reasonList.setMaximumSize(QSize(16777215, 16777215))

        self.errorLayout.addWidget(self.reasonList)


        self.mainLayout.addWidget(self.errorFrame)

        self.splitter = QSplitter(RosterPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(True)
        self.splitter.setHandleWidth(6)
        self.gridPane = QWidget(self.splitter)
        self.gridPane.setObjectName(u"gridPane")
        self.gridLayout = QVBoxLayout(self.gridPane)
        self.gridLayout.setSpacing(2)
        self.gridLayout.setObjectName(u"gridLayout")
        self.gridLayout.setContentsMargins(0, 0, 0, 0)
        self.gridTable = QTableView(self.gridPane)
        self.gridTable.setObjectName(u"gridTable")
        self.gridTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.gridTable.setWordWrap(False)

        self.gridLayout.addWidget(self.gridTable)

        self.hintLabel = QLabel(self.gridPane)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.gridLayout.addWidget(self.hintLabel)

        self.splitter.addWidget(self.gridPane)
        self.bottomPane = QWidget(self.splitter)
        self.bottomPane.setObjectName(u"bottomPane")
        self.bottomLayout = QHBoxLayout(self.bottomPane)
        self.bottomLayout.setSpacing(6)
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.bottomLayout.setContentsMargins(0, 0, 0, 0)
        self.coverageBox = QFrame(self.bottomPane)
        self.coverageBox.setObjectName(u"coverageBox")
        self.coverageLayout = QVBoxLayout(self.coverageBox)
        self.coverageLayout.setSpacing(2)
        self.coverageLayout.setObjectName(u"coverageLayout")
        self.coverageLayout.setContentsMargins(8, 4, 8, 4)
        self.coverageBar = QHBoxLayout()
        self.coverageBar.setObjectName(u"coverageBar")
        self.coverageTitle = QLabel(self.coverageBox)
        self.coverageTitle.setObjectName(u"coverageTitle")

        self.coverageBar.addWidget(self.coverageTitle)

        self.coverageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.coverageBar.addItem(self.coverageSpacer)

        self.coverageDayLabel = QLabel(self.coverageBox)
        self.coverageDayLabel.setObjectName(u"coverageDayLabel")

        self.coverageBar.addWidget(self.coverageDayLabel)

        self.coverageDayCombo = QComboBox(self.coverageBox)
        self.coverageDayCombo.setObjectName(u"coverageDayCombo")
        self.coverageDayCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.coverageBar.addWidget(self.coverageDayCombo)


        self.coverageLayout.addLayout(self.coverageBar)

        self.chartHostLayout = QVBoxLayout()
        self.chartHostLayout.setObjectName(u"chartHostLayout")

        self.coverageLayout.addLayout(self.chartHostLayout)


        self.bottomLayout.addWidget(self.coverageBox)

        self.violationsBox = QFrame(self.bottomPane)
        self.violationsBox.setObjectName(u"violationsBox")
        self.violationsLayout = QVBoxLayout(self.violationsBox)
        self.violationsLayout.setSpacing(2)
        self.violationsLayout.setObjectName(u"violationsLayout")
        self.violationsLayout.setContentsMargins(8, 4, 8, 4)
        self.violationsTitle = QLabel(self.violationsBox)
        self.violationsTitle.setObjectName(u"violationsTitle")

        self.violationsLayout.addWidget(self.violationsTitle)

        self.violationsSummary = QLabel(self.violationsBox)
        self.violationsSummary.setObjectName(u"violationsSummary")
        self.violationsSummary.setWordWrap(True)

        self.violationsLayout.addWidget(self.violationsSummary)

        self.violationsTable = QTableView(self.violationsBox)
        self.violationsTable.setObjectName(u"violationsTable")
        self.violationsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.violationsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.violationsLayout.addWidget(self.violationsTable)


        self.bottomLayout.addWidget(self.violationsBox)

        self.bottomLayout.setStretch(0, 5)
        self.bottomLayout.setStretch(1, 3)
        self.splitter.addWidget(self.bottomPane)

        self.mainLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.pointLabel.setBuddy(self.pointCombo)
        self.weekTitle.setBuddy(self.weekDate)
        self.coverageDayLabel.setBuddy(self.coverageDayCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RosterPage)

        QMetaObject.connectSlotsByName(RosterPage)
    # setupUi

    def retranslateUi(self, RosterPage):
        RosterPage.setWindowTitle(QCoreApplication.translate("RosterPage", u"\u6392\u73ed", None))
        self.pointLabel.setText(QCoreApplication.translate("RosterPage", u"\u670d\u52a1\u70b9", None))
        self.weekTitle.setText(QCoreApplication.translate("RosterPage", u"\u5468", None))
#if QT_CONFIG(tooltip)
        self.prevWeekButton.setToolTip(QCoreApplication.translate("RosterPage", u"\u4e0a\u4e00\u5468", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.weekDate.setToolTip(QCoreApplication.translate("RosterPage", u"\u9009\u62e9\u8fd9\u4e00\u5468\u4e2d\u7684\u4efb\u4e00\u5929", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.nextWeekButton.setToolTip(QCoreApplication.translate("RosterPage", u"\u4e0b\u4e00\u5468", None))
#endif // QT_CONFIG(tooltip)
        self.weekLabel.setText("")
        self.versionLabel.setText("")
        self.solveButton.setText(QCoreApplication.translate("RosterPage", u"\u6c42\u89e3", None))
#if QT_CONFIG(tooltip)
        self.cancelButton.setToolTip(QCoreApplication.translate("RosterPage", u"\u505c\u6b62\u6c42\u89e3\uff1a\u4fdd\u7559\u5df2\u627e\u5230\u7684\u6700\u597d\u6392\u73ed\uff08\u8fd8\u6ca1\u6709\u627e\u5230\u65f6\u6392\u73ed\u4e0d\u53d8\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.cancelButton.setText(QCoreApplication.translate("RosterPage", u"\u53d6\u6d88", None))
        self.solveLabel.setText("")
#if QT_CONFIG(tooltip)
        self.undoButton.setToolTip(QCoreApplication.translate("RosterPage", u"\u64a4\u9500\u4e0a\u4e00\u6b65\u4fee\u6539\uff08Ctrl+Z\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.undoButton.setText(QCoreApplication.translate("RosterPage", u"\u64a4\u9500", None))
#if QT_CONFIG(tooltip)
        self.redoButton.setToolTip(QCoreApplication.translate("RosterPage", u"\u91cd\u505a\uff08Ctrl+Y\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.redoButton.setText(QCoreApplication.translate("RosterPage", u"\u91cd\u505a", None))
#if QT_CONFIG(tooltip)
        self.publishButton.setToolTip(QCoreApplication.translate("RosterPage", u"\u53d1\u5e03\u672c\u5468\u6392\u73ed\uff1a\u53d1\u5e03\u540e\u53ea\u8bfb\uff0c\u518d\u4fee\u6539\u5c06\u53e6\u8d77\u65b0\u7248\u672c", None))
#endif // QT_CONFIG(tooltip)
        self.publishButton.setText(QCoreApplication.translate("RosterPage", u"\u53d1\u5e03\u2026", None))
#if QT_CONFIG(tooltip)
        self.printVersionCombo.setToolTip(QCoreApplication.translate("RosterPage", u"\u6253\u5370\u3001\u9884\u89c8\u548c\u5bfc\u51fa\u54ea\u4e2a\u7248\u672c\uff1a\u9ed8\u8ba4\u4e3a\u5df2\u53d1\u5e03\u7684\u7248\u672c", None))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(QCoreApplication.translate("RosterPage", u"\u6253\u5370\u9884\u89c8\u2026", None))
        self.pdfButton.setText(QCoreApplication.translate("RosterPage", u"\u5bfc\u51fa PDF\u2026", None))
        self.xlsxButton.setText(QCoreApplication.translate("RosterPage", u"\u5bfc\u51fa Excel\u2026", None))
        self.errorLabel.setText("")
        self.hintLabel.setText(QCoreApplication.translate("RosterPage", u"\u628a\u73ed\u6b21\u62d6\u5230\u53e6\u4e00\u683c\u53ef\u8c03\u6574\uff08\u76ee\u6807\u683c\u6709\u73ed\u6b21\u65f6\u4e92\u6362\uff09\uff1b\u53f3\u952e\u5355\u5143\u683c\uff1a\u9501\u5b9a\u3001\u89e3\u9501\u3001\u5220\u9664\u3001\u6807\u8bb0\u4f11\u5047\u3001\u767b\u8bb0\u6392\u73ed\u610f\u613f\u3002\u683c\u5b50\u53f3\u4e0a\u89d2 \u2665\uff1a\u6392\u73ed\u610f\u613f\u5df2\u6ee1\u8db3\uff0c\u2661\uff1a\u672a\u6ee1\u8db3\uff08\u9f20\u6807\u60ac\u505c\u53ef\u770b\u8be6\u60c5\uff09", None))
        self.coverageTitle.setText(QCoreApplication.translate("RosterPage", u"\u7a97\u53e3\u8986\u76d6\uff08\u6bcf\u534a\u5c0f\u65f6\uff1a\u9700\u8981\u4e0e\u6392\u73ed\u7684\u7a97\u53e3\u6570\uff09", None))
        self.coverageDayLabel.setText(QCoreApplication.translate("RosterPage", u"\u663e\u793a", None))
        self.violationsTitle.setText(QCoreApplication.translate("RosterPage", u"\u8fdd\u53cd\u7684\u786c\u6027\u89c4\u5219", None))
        self.violationsSummary.setText("")
    # retranslateUi

