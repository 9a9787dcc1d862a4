# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'front_desk.ui'
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
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_FrontDesk(object):
    def setupUi(self, FrontDesk):
        if not FrontDesk.objectName():
            FrontDesk.setObjectName(u"FrontDesk")
        FrontDesk.resize(1366, 690)
        self.mainLayout = QHBoxLayout(FrontDesk)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.issueLayout = QVBoxLayout()
        self.issueLayout.setSpacing(6)
        self.issueLayout.setObjectName(u"issueLayout")
        self.servicesTitle = QLabel(FrontDesk)
        self.servicesTitle.setObjectName(u"servicesTitle")

        self.issueLayout.addWidget(self.servicesTitle)

        self.servicesScroll = QScrollArea(FrontDesk)
        self.servicesScroll.setObjectName(u"servicesScroll")
        self.servicesScroll.setWidgetResizable(True)
        self.servicesScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.servicesScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.servicesContainer = QWidget()
        self.servicesContainer.setObjectName(u"servicesContainer")
        self.servicesContainer.setGeometry(QRect(0, 0, 760, 560))
        self.servicesLayout = QGridLayout(self.servicesContainer)
        self.servicesLayout.setObjectName(u"servicesLayout")
        self.servicesLayout.setHorizontalSpacing(10)
        self.servicesLayout.setVerticalSpacing(2)
        self.servicesLayout.setContentsMargins(0, 0, 0, 0)
        self.servicesScroll.setWidget(self.servicesContainer)

        self.issueLayout.addWidget(self.servicesScroll)

        self.taxpayerBox = QGroupBox(FrontDesk)
        self.taxpayerBox.setObjectName(u"taxpayerBox")
        self.taxpayerLayout = QGridLayout(self.taxpayerBox)
        self.taxpayerLayout.setObjectName(u"taxpayerLayout")
        self.taxpayerLayout.setContentsMargins(-1, 4, -1, 4)
        self.greenButton = QPushButton(self.taxpayerBox)
        self.greenButton.setObjectName(u"greenButton")
        self.greenButton.setCheckable(True)

        self.taxpayerLayout.addWidget(self.greenButton, 0, 0, 1, 1)

        self.nameLabel = QLabel(self.taxpayerBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.taxpayerLayout.addWidget(self.nameLabel, 0, 1, 1, 1)

        self.nameEdit = QLineEdit(self.taxpayerBox)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(40)
        self.nameEdit.setClearButtonEnabled(True)

        self.taxpayerLayout.addWidget(self.nameEdit, 0, 2, 1, 1)

        self.phoneLabel = QLabel(self.taxpayerBox)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.taxpayerLayout.addWidget(self.phoneLabel, 0, 3, 1, 1)

        self.phoneEdit = QLineEdit(self.taxpayerBox)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(13)
        self.phoneEdit.setClearButtonEnabled(True)

        self.taxpayerLayout.addWidget(self.phoneEdit, 0, 4, 1, 1)

        self.hintLabel = QLabel(self.taxpayerBox)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.taxpayerLayout.addWidget(self.hintLabel, 1, 0, 1, 5)

        self.taxpayerLayout.setColumnStretch(2, 1)
        self.taxpayerLayout.setColumnStretch(4, 1)

        self.issueLayout.addWidget(self.taxpayerBox)


        self.mainLayout.addLayout(self.issueLayout)

        self.sideLayout = QVBoxLayout()
        self.sideLayout.setSpacing(8)
        self.sideLayout.setObjectName(u"sideLayout")
        self.latestLayout = QHBoxLayout()
        self.latestLayout.setSpacing(8)
        self.latestLayout.setObjectName(u"latestLayout")
        self.lastTicketBox = QGroupBox(FrontDesk)
        self.lastTicketBox.setObjectName(u"lastTicketBox")
        self.lastTicketLayout = QVBoxLayout(self.lastTicketBox)
        self.lastTicketLayout.setObjectName(u"lastTicketLayout")
        self.lastTicketLayout.setContentsMargins(4, 4, 4, 4)
        self.previewLabel = QLabel(self.lastTicketBox)
        self.previewLabel.setObjectName(u"previewLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.previewLabel.sizePolicy().hasHeightForWidth())
        self.previewLabel.setSizePolicy(sizePolicy)
        self.previewLabel.setMinimumSize(QSize(180, 280))
        self.previewLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.lastTicketLayout.addWidget(self.previewLabel)


        self.latestLayout.addWidget(self.lastTicketBox)

        self.actionsLayout = QVBoxLayout()
        self.actionsLayout.setSpacing(6)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.checkinBox = QGroupBox(FrontDesk)
        self.checkinBox.setObjectName(u"checkinBox")
        self.checkinLayout = QVBoxLayout(self.checkinBox)
        self.checkinLayout.setSpacing(6)
        self.checkinLayout.setObjectName(u"checkinLayout")
        self.checkinLayout.setContentsMargins(-1, 4, -1, 6)
        self.checkinEdit = QLineEdit(self.checkinBox)
        self.checkinEdit.setObjectName(u"checkinEdit")
        self.checkinEdit.setMaxLength(120)
        self.checkinEdit.setClearButtonEnabled(True)

        self.checkinLayout.addWidget(self.checkinEdit)

        self.checkinButton = QPushButton(self.checkinBox)
        self.checkinButton.setObjectName(u"checkinButton")

        self.checkinLayout.addWidget(self.checkinButton)

        self.checkinHint = QLabel(self.checkinBox)
        self.checkinHint.setObjectName(u"checkinHint")
        self.checkinHint.setVisible(False)
        self.checkinHint.setWordWrap(True)
        self.checkinHint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.checkinLayout.addWidget(self.checkinHint)


        self.actionsLayout.addWidget(self.checkinBox)

        self.actionsSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.actionsLayout.addItem(self.actionsSpacer)

        self.reprintButton = QPushButton(FrontDesk)
        self.reprintButton.setObjectName(u"reprintButton")
        self.reprintButton.setEnabled(False)

        self.actionsLayout.addWidget(self.reprintButton)

        self.reactivateButton = QPushButton(FrontDesk)
        self.reactivateButton.setObjectName(u"reactivateButton")
        self.reactivateButton.setEnabled(False)

        self.actionsLayout.addWidget(self.reactivateButton)

        self.verifyButton = QPushButton(FrontDesk)
        self.verifyButton.setObjectName(u"verifyButton")

        self.actionsLayout.addWidget(self.verifyButton)


        self.latestLayout.addLayout(self.actionsLayout)

        self.latestLayout.setStretch(1, 1)

        self.sideLayout.addLayout(self.latestLayout)

        self.recentBox = QGroupBox(FrontDesk)
        self.recentBox.setObjectName(u"recentBox")
        self.recentLayout = QVBoxLayout(self.recentBox)
        self.recentLayout.setSpacing(6)
        self.recentLayout.setObjectName(u"recentLayout")
        self.recentLayout.setContentsMargins(-1, 4, -1, -1)
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setSpacing(6)
        self.filterLayout.setObjectName(u"filterLayout")
        self.filterEdit = QLineEdit(self.recentBox)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.filterEdit)

        self.noShowOnlyButton = QPushButton(self.recentBox)
        self.noShowOnlyButton.setObjectName(u"noShowOnlyButton")
        self.noShowOnlyButton.setCheckable(True)

        self.filterLayout.addWidget(self.noShowOnlyButton)


        self.recentLayout.addLayout(self.filterLayout)

        self.recentTable = QTableView(self.recentBox)
        self.recentTable.setObjectName(u"recentTable")
        self.recentTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.recentTable.setAlternatingRowColors(True)
        self.recentTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.recentTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.recentTable.setShowGrid(False)
        self.recentTable.verticalHeader().setVisible(False)

        self.recentLayout.addWidget(self.recentTable)

        self.recentEmptyLabel = QLabel(self.recentBox)
        self.recentEmptyLabel.setObjectName(u"recentEmptyLabel")
        self.recentEmptyLabel.setVisible(False)
        self.recentEmptyLabel.setWordWrap(True)

        self.recentLayout.addWidget(self.recentEmptyLabel)


        self.sideLayout.addWidget(self.recentBox)

        self.sideLayout.setStretch(1, 1)

        self.mainLayout.addLayout(self.sideLayout)

        self.mainLayout.setStretch(0, 16)
        self.mainLayout.setStretch(1, 9)
#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.greenButton, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.checkinEdit)
        QWidget.setTabOrder(self.checkinEdit, self.checkinButton)
        QWidget.setTabOrder(self.checkinButton, self.reprintButton)
        QWidget.setTabOrder(self.reprintButton, self.reactivateButton)
        QWidget.setTabOrder(self.reactivateButton, self.verifyButton)
        QWidget.setTabOrder(self.verifyButton, self.filterEdit)
        QWidget.setTabOrder(self.filterEdit, self.noShowOnlyButton)
        QWidget.setTabOrder(self.noShowOnlyButton, self.recentTable)

        self.retranslateUi(FrontDesk)

        QMetaObject.connectSlotsByName(FrontDesk)
    # setupUi

    def retranslateUi(self, FrontDesk):
        FrontDesk.setWindowTitle(QCoreApplication.translate("FrontDesk", u"\u5bfc\u7a0e\u53f0", None))
        self.servicesTitle.setText(QCoreApplication.translate("FrontDesk", u"\u70b9\u51fb\u4e1a\u52a1\u53d6\u53f7\uff08F1\u2013F9 \u53d6\u8be5\u7c7b\u522b\u7684\u5e38\u529e\u4e1a\u52a1\uff09\u3002\u7c7b\u522b\u65c1\u663e\u793a\u5f53\u524d\u7b49\u5019\u4eba\u6570\u3002", None))
        self.taxpayerBox.setTitle(QCoreApplication.translate("FrontDesk", u"\u7eb3\u7a0e\u4eba\u4fe1\u606f\uff08\u9009\u586b\uff0c\u6253\u5370\u65f6\u8131\u654f\uff09", None))
#if QT_CONFIG(tooltip)
        self.greenButton.setToolTip(QCoreApplication.translate("FrontDesk", u"\u4e3a\u8001\u5e74\u4eba\u3001\u6b8b\u75be\u4eba\u3001\u5b55\u5987\u7b49\u53d6\u7eff\u8272\u901a\u9053\u4f18\u5148\u53f7\uff08\u5feb\u6377\u952e G\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.greenButton.setText(QCoreApplication.translate("FrontDesk", u"\u7eff\u8272\u901a\u9053 (G)", None))
        self.nameLabel.setText(QCoreApplication.translate("FrontDesk", u"\u59d3\u540d", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("FrontDesk", u"\u5982\uff1a\u5f20\u4e09", None))
        self.phoneLabel.setText(QCoreApplication.translate("FrontDesk", u"\u624b\u673a\u53f7", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("FrontDesk", u"11\u4f4d\u624b\u673a\u53f7", None))
        self.hintLabel.setText("")
        self.lastTicketBox.setTitle(QCoreApplication.translate("FrontDesk", u"\u6700\u65b0\u53d6\u53f7", None))
        self.previewLabel.setText(QCoreApplication.translate("FrontDesk", u"\u5c1a\u672a\u53d6\u53f7", None))
        self.checkinBox.setTitle(QCoreApplication.translate("FrontDesk", u"\u9884\u7ea6\u7b7e\u5230", None))
#if QT_CONFIG(tooltip)
        self.checkinEdit.setToolTip(QCoreApplication.translate("FrontDesk", u"\u7528\u626b\u7801\u67aa\u626b\u63cf\u9884\u7ea6\u51ed\u6761\u4e0a\u7684\u4e8c\u7ef4\u7801\uff0c\u6216\u8f93\u5165 8 \u4f4d\u9884\u7ea6\u7801\u540e\u6309\u56de\u8f66\u6216 F10\uff08F10 \u4e5f\u53ef\u8df3\u5230\u6b64\u5904\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.checkinEdit.setPlaceholderText(QCoreApplication.translate("FrontDesk", u"\u626b\u63cf\u9884\u7ea6\u51ed\u6761\u4e8c\u7ef4\u7801\u6216\u8f93\u5165\u9884\u7ea6\u7801", None))
#if QT_CONFIG(tooltip)
        self.checkinButton.setToolTip(QCoreApplication.translate("FrontDesk", u"\u6838\u9a8c\u9884\u7ea6\u5e76\u53d1\u653e\u9884\u7ea6\u4f18\u5148\u53f7", None))
#endif // QT_CONFIG(tooltip)
        self.checkinButton.setText(QCoreApplication.translate("FrontDesk", u"\u7b7e\u5230\u53d6\u53f7 (F10)", None))
        self.checkinHint.setText("")
#if QT_CONFIG(tooltip)
        self.reprintButton.setToolTip(QCoreApplication.translate("FrontDesk", u"\u8865\u6253\u201c\u4eca\u65e5\u53d6\u53f7\u201d\u4e2d\u9009\u4e2d\u7684\u7968\uff08\u672a\u9009\u4e2d\u65f6\u8865\u6253\u6700\u65b0\u4e00\u5f20\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.reprintButton.setText(QCoreApplication.translate("FrontDesk", u"\u8865\u6253\u6240\u9009 (Ctrl+P)", None))
#if QT_CONFIG(tooltip)
        self.reactivateButton.setToolTip(QCoreApplication.translate("FrontDesk", u"\u8fc7\u53f7\u7684\u7968\u53ef\u7531\u5bfc\u7a0e\u53f0\u91cd\u65b0\u6fc0\u6d3b\u4e00\u6b21\uff0c\u6fc0\u6d3b\u540e\u4f18\u5148\u53eb\u53f7", None))
#endif // QT_CONFIG(tooltip)
        self.reactivateButton.setText(QCoreApplication.translate("FrontDesk", u"\u91cd\u65b0\u6fc0\u6d3b\u8fc7\u53f7", None))
        self.verifyButton.setText(QCoreApplication.translate("FrontDesk", u"\u9a8c\u7968\u2026", None))
        self.recentBox.setTitle(QCoreApplication.translate("FrontDesk", u"\u4eca\u65e5\u53d6\u53f7", None))
#if QT_CONFIG(tooltip)
        self.filterEdit.setToolTip(QCoreApplication.translate("FrontDesk", u"\u6309\u53f7\u7801\u3001\u4e1a\u52a1\u6216\u72b6\u6001\u67e5\u627e\u4eca\u65e5\u7684\u7968\uff08Ctrl+F\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("FrontDesk", u"\u67e5\u627e\u53f7\u7801\u3001\u4e1a\u52a1\u6216\u72b6\u6001 (Ctrl+F)", None))
#if QT_CONFIG(tooltip)
        self.noShowOnlyButton.setToolTip(QCoreApplication.translate("FrontDesk", u"\u53ea\u663e\u793a\u8fc7\u53f7\u7684\u7968\uff0c\u5e76\u9009\u4e2d\u7b2c\u4e00\u5f20\uff0c\u53ef\u76f4\u63a5\u91cd\u65b0\u6fc0\u6d3b\uff08F11\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.noShowOnlyButton.setText(QCoreApplication.translate("FrontDesk", u"\u53ea\u770b\u8fc7\u53f7 (F11)", None))
        self.recentEmptyLabel.setText("")
    # retranslateUi

