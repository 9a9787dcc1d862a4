# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QLabel, QMainWindow, QMenu,
    QMenuBar, QSizePolicy, QStackedWidget, QStatusBar,
    QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 800)
        self.actionSwitchPoint = QAction(MainWindow)
        self.actionSwitchPoint.setObjectName(u"actionSwitchPoint")
        self.actionSettings = QAction(MainWindow)
        self.actionSettings.setObjectName(u"actionSettings")
#if QT_CONFIG(shortcut)
        self.actionSettings.setShortcut(u"Ctrl+,")
#endif // QT_CONFIG(shortcut)
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(u"Ctrl+Q")
#endif // QT_CONFIG(shortcut)
        self.actionReprint = QAction(MainWindow)
        self.actionReprint.setObjectName(u"actionReprint")
#if QT_CONFIG(shortcut)
        self.actionReprint.setShortcut(u"Ctrl+P")
#endif // QT_CONFIG(shortcut)
        self.actionVerify = QAction(MainWindow)
        self.actionVerify.setObjectName(u"actionVerify")
#if QT_CONFIG(shortcut)
        self.actionVerify.setShortcut(u"Ctrl+F")
#endif // QT_CONFIG(shortcut)
        self.actionFrontDesk = QAction(MainWindow)
        self.actionFrontDesk.setObjectName(u"actionFrontDesk")
        self.actionFrontDesk.setCheckable(True)
#if QT_CONFIG(shortcut)
        self.actionFrontDesk.setShortcut(u"Ctrl+1")
#endif // QT_CONFIG(shortcut)
        self.actionWindowConsole = QAction(MainWindow)
        self.actionWindowConsole.setObjectName(u"actionWindowConsole")
        self.actionWindowConsole.setCheckable(True)
#if QT_CONFIG(shortcut)
        self.actionWindowConsole.setShortcut(u"Ctrl+2")
#endif // QT_CONFIG(shortcut)
        self.actionSupervisor = QAction(MainWindow)
        self.actionSupervisor.setObjectName(u"actionSupervisor")
        self.actionSupervisor.setCheckable(True)
#if QT_CONFIG(shortcut)
        self.actionSupervisor.setShortcut(u"Ctrl+3")
#endif // QT_CONFIG(shortcut)
        self.actionBooking = QAction(MainWindow)
        self.actionBooking.setObjectName(u"actionBooking")
        self.actionBooking.setCheckable(True)
#if QT_CONFIG(shortcut)
        self.actionBooking.setShortcut(u"Ctrl+5")
#endif // QT_CONFIG(shortcut)
        self.actionServicePoint = QAction(MainWindow)
        self.actionServicePoint.setObjectName(u"actionServicePoint")
        self.actionServicePoint.setCheckable(True)
#if QT_CONFIG(shortcut)
        self.actionServicePoint.setShortcut(u"Ctrl+6")
#endif // QT_CONFIG(shortcut)
        self.actionNetwork = QAction(MainWindow)
        self.actionNetwork.setObjectName(u"actionNetwork")
        self.actionNetwork.setCheckable(True)
#if QT_CONFIG(shortcut)
        self.actionNetwork.setShortcut(u"Ctrl+7")
#endif // QT_CONFIG(shortcut)
        self.actionDisplayBoard = QAction(MainWindow)
        self.actionDisplayBoard.setObjectName(u"actionDisplayBoard")
#if QT_CONFIG(shortcut)
        self.actionDisplayBoard.setShortcut(u"Ctrl+8")
#endif // QT_CONFIG(shortcut)
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QVBoxLayout(self.centralWidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.bannerLabel = QLabel(self.centralWidget)
        self.bannerLabel.setObjectName(u"bannerLabel")
        self.bannerLabel.setVisible(False)
        self.bannerLabel.setWordWrap(True)

        self.centralLayout.addWidget(self.bannerLabel)

        self.pages = QStackedWidget(self.centralWidget)
        self.pages.setObjectName(u"pages")

        self.centralLayout.addWidget(self.pages)

        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.menuFile = QMenu(self.menuBar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuView = QMenu(self.menuBar)
        self.menuView.setObjectName(u"menuView")
        self.menuTickets = QMenu(self.menuBar)
        self.menuTickets.setObjectName(u"menuTickets")
        self.menuHelp = QMenu(self.menuBar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menuBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)

        self.menuBar.addAction(self.menuFile.menuAction())
        self.menuBar.addAction(self.menuView.menuAction())
        self.menuBar.addAction(self.menuTickets.menuAction())
        self.menuBar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionSwitchPoint)
        self.menuFile.addAction(self.actionSettings)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuView.addAction(self.actionFrontDesk)
        self.menuView.addAction(self.actionWindowConsole)
        self.menuView.addAction(self.actionSupervisor)
        self.menuView.addAction(self.actionBooking)
        self.menuView.addAction(self.actionServicePoint)
        self.menuView.addAction(self.actionNetwork)
        self.menuView.addSeparator()
        self.menuView.addAction(self.actionDisplayBoard)
        self.menuTickets.addAction(self.actionReprint)
        self.menuTickets.addAction(self.actionVerify)
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"TaxDesk \u529e\u7a0e\u670d\u52a1\u5385", None))
        self.actionSwitchPoint.setText(QCoreApplication.translate("MainWindow", u"\u5207\u6362\u670d\u52a1\u70b9\u2026", None))
        self.actionSettings.setText(QCoreApplication.translate("MainWindow", u"\u6253\u5370\u4e0e\u754c\u9762\u8bbe\u7f6e\u2026", None))
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"\u9000\u51fa", None))
        self.actionReprint.setText(QCoreApplication.translate("MainWindow", u"\u8865\u6253\u6240\u9009\u7968", None))
        self.actionVerify.setText(QCoreApplication.translate("MainWindow", u"\u9a8c\u7968\u2026", None))
        self.actionFrontDesk.setText(QCoreApplication.translate("MainWindow", u"\u5bfc\u7a0e\u53f0\uff08\u53d6\u53f7\uff09", None))
        self.actionWindowConsole.setText(QCoreApplication.translate("MainWindow", u"\u7a97\u53e3\u53eb\u53f7", None))
        self.actionSupervisor.setText(QCoreApplication.translate("MainWindow", u"\u503c\u73ed\u957f\uff08\u5b9e\u65f6\u76d1\u63a7\uff09", None))
        self.actionBooking.setText(QCoreApplication.translate("MainWindow", u"\u9884\u7ea6\u529e\u7a0e", None))
        self.actionServicePoint.setText(QCoreApplication.translate("MainWindow", u"\u670d\u52a1\u70b9\u4e1a\u52a1\u6e05\u5355", None))
        self.actionNetwork.setText(QCoreApplication.translate("MainWindow", u"\u670d\u52a1\u7f51\u7edc\u4e0e\u76ee\u5f55\u7ba1\u7406", None))
        self.actionDisplayBoard.setText(QCoreApplication.translate("MainWindow", u"\u6253\u5f00\u53eb\u53f7\u5c4f\u2026", None))
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"\u5173\u4e8e TaxDesk", None))
        self.bannerLabel.setText("")
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"\u6587\u4ef6(&F)", None))
        self.menuView.setTitle(QCoreApplication.translate("MainWindow", u"\u89c6\u56fe(&V)", None))
        self.menuTickets.setTitle(QCoreApplication.translate("MainWindow", u"\u53d6\u53f7(&T)", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"\u5e2e\u52a9(&H)", None))
    # retranslateUi

