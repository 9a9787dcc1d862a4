# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'network_editor.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_NetworkEditor(object):
    def setupUi(self, NetworkEditor):
        if not NetworkEditor.objectName():
            NetworkEditor.setObjectName(u"NetworkEditor")
        NetworkEditor.resize(1280, 720)
        self.mainLayout = QVBoxLayout(NetworkEditor)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(NetworkEditor)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.tabs = QTabWidget(NetworkEditor)
        self.tabs.setObjectName(u"tabs")
        self.pointsTab = QWidget()
        self.pointsTab.setObjectName(u"pointsTab")
        self.pointsTabLayout = QVBoxLayout(self.pointsTab)
        self.pointsTabLayout.setObjectName(u"pointsTabLayout")
        self.pointsTabButtons = QHBoxLayout()
        self.pointsTabButtons.setObjectName(u"pointsTabButtons")
        self.addPointButton = QPushButton(self.pointsTab)
        self.addPointButton.setObjectName(u"addPointButton")

        self.pointsTabButtons.addWidget(self.addPointButton)

        self.editPointButton = QPushButton(self.pointsTab)
        self.editPointButton.setObjectName(u"editPointButton")

        self.pointsTabButtons.addWidget(self.editPointButton)

        self.togglePointButton = QPushButton(self.pointsTab)
        self.togglePointButton.setObjectName(u"togglePointButton")

        self.pointsTabButtons.addWidget(self.togglePointButton)

        self.pointsTabSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pointsTabButtons.addItem(self.pointsTabSpacer)

        self.importPointsButton = QPushButton(self.pointsTab)
        self.importPointsButton.setObjectName(u"importPointsButton")

        self.pointsTabButtons.addWidget(self.importPointsButton)

        self.exportPointsButton = QPushButton(self.pointsTab)
        self.exportPointsButton.setObjectName(u"exportPointsButton")

        self.pointsTabButtons.addWidget(self.exportPointsButton)


        self.pointsTabLayout.addLayout(self.pointsTabButtons)

        self.pointsTable = QTableView(self.pointsTab)
        self.pointsTable.setObjectName(u"pointsTable")
        self.pointsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.pointsTable.setAlternatingRowColors(True)
        self.pointsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.pointsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.pointsTable.setWordWrap(False)
        self.pointsTable.verticalHeader().setVisible(False)

        self.pointsTabLayout.addWidget(self.pointsTable)

        self.pointsHint = QLabel(self.pointsTab)
        self.pointsHint.setObjectName(u"pointsHint")
        self.pointsHint.setWordWrap(True)

        self.pointsTabLayout.addWidget(self.pointsHint)

        self.tabs.addTab(self.pointsTab, "")
        self.servicesTab = QWidget()
        self.servicesTab.setObjectName(u"servicesTab")
        self.servicesTabLayout = QVBoxLayout(self.servicesTab)
        self.servicesTabLayout.setObjectName(u"servicesTabLayout")
        self.servicesTabButtons = QHBoxLayout()
        self.servicesTabButtons.setObjectName(u"servicesTabButtons")
        self.addServiceButton = QPushButton(self.servicesTab)
        self.addServiceButton.setObjectName(u"addServiceButton")

        self.servicesTabButtons.addWidget(self.addServiceButton)

        self.editServiceButton = QPushButton(self.servicesTab)
        self.editServiceButton.setObjectName(u"editServiceButton")

        self.servicesTabButtons.addWidget(self.editServiceButton)

        self.withdrawServiceButton = QPushButton(self.servicesTab)
        self.withdrawServiceButton.setObjectName(u"withdrawServiceButton")

        self.servicesTabButtons.addWidget(self.withdrawServiceButton)

        self.servicesTabSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.servicesTabButtons.addItem(self.servicesTabSpacer)

        self.importServicesButton = QPushButton(self.servicesTab)
        self.importServicesButton.setObjectName(u"importServicesButton")

        self.servicesTabButtons.addWidget(self.importServicesButton)

        self.exportServicesButton = QPushButton(self.servicesTab)
        self.exportServicesButton.setObjectName(u"exportServicesButton")

        self.servicesTabButtons.addWidget(self.exportServicesButton)


        self.servicesTabLayout.addLayout(self.servicesTabButtons)

        self.servicesTable = QTableView(self.servicesTab)
        self.servicesTable.setObjectName(u"servicesTable")
        self.servicesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.servicesTable.setAlternatingRowColors(True)
        self.servicesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.servicesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.servicesTable.setWordWrap(False)
        self.servicesTable.verticalHeader().setVisible(False)

        self.servicesTabLayout.addWidget(self.servicesTable)

        self.servicesHint = QLabel(self.servicesTab)
        self.servicesHint.setObjectName(u"servicesHint")
        self.servicesHint.setWordWrap(True)

        self.servicesTabLayout.addWidget(self.servicesHint)

        self.tabs.addTab(self.servicesTab, "")

        self.mainLayout.addWidget(self.tabs)


        self.retranslateUi(NetworkEditor)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(NetworkEditor)
    # setupUi

    def retranslateUi(self, NetworkEditor):
        NetworkEditor.setWindowTitle(QCoreApplication.translate("NetworkEditor", u"\u670d\u52a1\u7f51\u7edc", None))
        self.introLabel.setText(QCoreApplication.translate("NetworkEditor", u"\u529e\u7a0e\u670d\u52a1\u5385\u3001\u4e30\u6536\u5fae\u7a0e\u5385\u548c\u94f6\u7a0ee\u7ad9\uff0c\u4ee5\u53ca\u5404\u70b9\u529e\u7406\u7684\u4e1a\u52a1\u3002\u4fee\u6539\u5373\u65f6\u751f\u6548\uff0c\u5176\u4ed6\u7535\u8111\u7ea6\u4e00\u79d2\u5185\u770b\u5230\u3002", None))
        self.addPointButton.setText(QCoreApplication.translate("NetworkEditor", u"\u65b0\u589e\u670d\u52a1\u70b9\u2026", None))
        self.editPointButton.setText(QCoreApplication.translate("NetworkEditor", u"\u7f16\u8f91\u2026", None))
        self.togglePointButton.setText(QCoreApplication.translate("NetworkEditor", u"\u505c\u7528", None))
#if QT_CONFIG(tooltip)
        self.togglePointButton.setToolTip(QCoreApplication.translate("NetworkEditor", u"\u505c\u7528\u540e\u8be5\u670d\u52a1\u70b9\u4e0d\u518d\u51fa\u73b0\u5728\u5217\u8868\u4e2d\uff0c\u4e5f\u4e0d\u80fd\u53d6\u53f7\uff1b\u53ef\u968f\u65f6\u91cd\u65b0\u542f\u7528", None))
#endif // QT_CONFIG(tooltip)
        self.importPointsButton.setText(QCoreApplication.translate("NetworkEditor", u"\u5bfc\u5165\u2026", None))
#if QT_CONFIG(tooltip)
        self.importPointsButton.setToolTip(QCoreApplication.translate("NetworkEditor", u"\u4ece CSV \u6216 XLSX \u6587\u4ef6\u5bfc\u5165\u670d\u52a1\u70b9\uff1a\u6309\u4ee3\u7801\u65b0\u589e\u6216\u66f4\u65b0\uff0c\u6709\u4e00\u884c\u51fa\u9519\u5219\u5168\u90e8\u4e0d\u5bfc\u5165", None))
#endif // QT_CONFIG(tooltip)
        self.exportPointsButton.setText(QCoreApplication.translate("NetworkEditor", u"\u5bfc\u51fa\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportPointsButton.setToolTip(QCoreApplication.translate("NetworkEditor", u"\u628a\u5168\u90e8\u670d\u52a1\u70b9\u5bfc\u51fa\u4e3a CSV \u6216 XLSX \u6587\u4ef6", None))
#endif // QT_CONFIG(tooltip)
        self.pointsHint.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.pointsTab), QCoreApplication.translate("NetworkEditor", u"\u670d\u52a1\u70b9", None))
        self.addServiceButton.setText(QCoreApplication.translate("NetworkEditor", u"\u65b0\u589e\u4e1a\u52a1\u2026", None))
        self.editServiceButton.setText(QCoreApplication.translate("NetworkEditor", u"\u7f16\u8f91\u2026", None))
        self.withdrawServiceButton.setText(QCoreApplication.translate("NetworkEditor", u"\u505c\u529e", None))
#if QT_CONFIG(tooltip)
        self.withdrawServiceButton.setToolTip(QCoreApplication.translate("NetworkEditor", u"\u6240\u6709\u670d\u52a1\u70b9\u90fd\u4e0d\u518d\u529e\u7406\u8be5\u4e1a\u52a1\uff1b\u4e1a\u52a1\u4fdd\u7559\u5728\u76ee\u5f55\u4e2d\uff0c\u53ef\u518d\u6b21\u8bbe\u7f6e\u529e\u7406\u7f51\u70b9", None))
#endif // QT_CONFIG(tooltip)
        self.importServicesButton.setText(QCoreApplication.translate("NetworkEditor", u"\u5bfc\u5165\u2026", None))
#if QT_CONFIG(tooltip)
        self.importServicesButton.setToolTip(QCoreApplication.translate("NetworkEditor", u"\u4ece CSV \u6216 XLSX \u6587\u4ef6\u5bfc\u5165\u670d\u52a1\u76ee\u5f55\uff1a\u6309\u4ee3\u7801\u65b0\u589e\u6216\u66f4\u65b0\uff0c\u6709\u4e00\u884c\u51fa\u9519\u5219\u5168\u90e8\u4e0d\u5bfc\u5165", None))
#endif // QT_CONFIG(tooltip)
        self.exportServicesButton.setText(QCoreApplication.translate("NetworkEditor", u"\u5bfc\u51fa\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportServicesButton.setToolTip(QCoreApplication.translate("NetworkEditor", u"\u628a\u670d\u52a1\u76ee\u5f55\uff08\u542b\u529e\u7406\u7f51\u70b9\uff09\u5bfc\u51fa\u4e3a CSV \u6216 XLSX \u6587\u4ef6", None))
#endif // QT_CONFIG(tooltip)
        self.servicesHint.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.servicesTab), QCoreApplication.translate("NetworkEditor", u"\u670d\u52a1\u76ee\u5f55", None))
    # retranslateUi

