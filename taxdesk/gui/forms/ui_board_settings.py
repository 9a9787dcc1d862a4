# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'board_settings.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QLabel, QPushButton, QSizePolicy, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_BoardSettingsDialog(object):
    def setupUi(self, BoardSettingsDialog):
        if not BoardSettingsDialog.objectName():
            BoardSettingsDialog.setObjectName(u"BoardSettingsDialog")
        BoardSettingsDialog.resize(520, 520)
        self.layout = QVBoxLayout(BoardSettingsDialog)
        self.layout.setObjectName(u"layout")
        self.placeBox = QGroupBox(BoardSettingsDialog)
        self.placeBox.setObjectName(u"placeBox")
        self.placeLayout = QFormLayout(self.placeBox)
        self.placeLayout.setObjectName(u"placeLayout")
        self.pointLabel = QLabel(self.placeBox)
        self.pointLabel.setObjectName(u"pointLabel")

        self.placeLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.pointLabel)

        self.pointCombo = QComboBox(self.placeBox)
        self.pointCombo.setObjectName(u"pointCombo")

        self.placeLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.pointCombo)

        self.screenLabel = QLabel(self.placeBox)
        self.screenLabel.setObjectName(u"screenLabel")

        self.placeLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.screenLabel)

        self.screenCombo = QComboBox(self.placeBox)
        self.screenCombo.setObjectName(u"screenCombo")

        self.placeLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.screenCombo)


        self.layout.addWidget(self.placeBox)

        self.panelsBox = QGroupBox(BoardSettingsDialog)
        self.panelsBox.setObjectName(u"panelsBox")
        self.panelsLayout = QFormLayout(self.panelsBox)
        self.panelsLayout.setObjectName(u"panelsLayout")
        self.windowsCheck = QCheckBox(self.panelsBox)
        self.windowsCheck.setObjectName(u"windowsCheck")

        self.panelsLayout.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.windowsCheck)

        self.recentCheck = QCheckBox(self.panelsBox)
        self.recentCheck.setObjectName(u"recentCheck")

        self.panelsLayout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.recentCheck)

        self.recentCountLabel = QLabel(self.panelsBox)
        self.recentCountLabel.setObjectName(u"recentCountLabel")

        self.panelsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.recentCountLabel)

        self.recentCountSpin = QSpinBox(self.panelsBox)
        self.recentCountSpin.setObjectName(u"recentCountSpin")
        self.recentCountSpin.setMinimum(1)
        self.recentCountSpin.setMaximum(20)

        self.panelsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.recentCountSpin)

        self.queuesCheck = QCheckBox(self.panelsBox)
        self.queuesCheck.setObjectName(u"queuesCheck")

        self.panelsLayout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.queuesCheck)

        self.scaleLabel = QLabel(self.panelsBox)
        self.scaleLabel.setObjectName(u"scaleLabel")

        self.panelsLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.scaleLabel)

        self.scaleSpin = QSpinBox(self.panelsBox)
        self.scaleSpin.setObjectName(u"scaleSpin")
        self.scaleSpin.setSuffix(u" %")
        self.scaleSpin.setMinimum(50)
        self.scaleSpin.setMaximum(200)
        self.scaleSpin.setSingleStep(10)

        self.panelsLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.scaleSpin)


        self.layout.addWidget(self.panelsBox)

        self.voiceBox = QGroupBox(BoardSettingsDialog)
        self.voiceBox.setObjectName(u"voiceBox")
        self.voiceLayout = QFormLayout(self.voiceBox)
        self.voiceLayout.setObjectName(u"voiceLayout")
        self.voiceCheck = QCheckBox(self.voiceBox)
        self.voiceCheck.setObjectName(u"voiceCheck")

        self.voiceLayout.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.voiceCheck)

        self.repeatLabel = QLabel(self.voiceBox)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.voiceLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatSpin = QSpinBox(self.voiceBox)
        self.repeatSpin.setObjectName(u"repeatSpin")
        self.repeatSpin.setMinimum(1)
        self.repeatSpin.setMaximum(3)

        self.voiceLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.repeatSpin)

        self.voiceStatusLabel = QLabel(self.voiceBox)
        self.voiceStatusLabel.setObjectName(u"voiceStatusLabel")
        self.voiceStatusLabel.setWordWrap(True)

        self.voiceLayout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.voiceStatusLabel)

        self.testVoiceButton = QPushButton(self.voiceBox)
        self.testVoiceButton.setObjectName(u"testVoiceButton")

        self.voiceLayout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.testVoiceButton)


        self.layout.addWidget(self.voiceBox)

        self.keysLabel = QLabel(BoardSettingsDialog)
        self.keysLabel.setObjectName(u"keysLabel")
        self.keysLabel.setWordWrap(True)

        self.layout.addWidget(self.keysLabel)

        self.buttonBox = QDialogButtonBox(BoardSettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.pointLabel.setBuddy(self.pointCombo)
        self.screenLabel.setBuddy(self.screenCombo)
        self.recentCountLabel.setBuddy(self.recentCountSpin)
        self.scaleLabel.setBuddy(self.scaleSpin)
        self.repeatLabel.setBuddy(self.repeatSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.pointCombo, self.screenCombo)
        QWidget.setTabOrder(self.screenCombo, self.windowsCheck)
        QWidget.setTabOrder(self.windowsCheck, self.recentCheck)
        QWidget.setTabOrder(self.recentCheck, self.recentCountSpin)
        QWidget.setTabOrder(self.recentCountSpin, self.queuesCheck)
        QWidget.setTabOrder(self.queuesCheck, self.scaleSpin)
        QWidget.setTabOrder(self.scaleSpin, self.voiceCheck)
        QWidget.setTabOrder(self.voiceCheck, self.repeatSpin)
        QWidget.setTabOrder(self.repeatSpin, self.testVoiceButton)

        self.retranslateUi(BoardSettingsDialog)
        self.buttonBox.accepted.connect(BoardSettingsDialog.accept)
        self.buttonBox.rejected.connect(BoardSettingsDialog.reject)

        QMetaObject.connectSlotsByName(BoardSettingsDialog)
    # setupUi

    def retranslateUi(self, BoardSettingsDialog):
        BoardSettingsDialog.setWindowTitle(QCoreApplication.translate("BoardSettingsDialog", u"\u53eb\u53f7\u5c4f\u8bbe\u7f6e", None))
        self.placeBox.setTitle(QCoreApplication.translate("BoardSettingsDialog", u"\u663e\u793a\u4f4d\u7f6e", None))
        self.pointLabel.setText(QCoreApplication.translate("BoardSettingsDialog", u"\u670d\u52a1\u70b9", None))
        self.screenLabel.setText(QCoreApplication.translate("BoardSettingsDialog", u"\u663e\u793a\u5668", None))
        self.panelsBox.setTitle(QCoreApplication.translate("BoardSettingsDialog", u"\u663e\u793a\u5185\u5bb9", None))
        self.windowsCheck.setText(QCoreApplication.translate("BoardSettingsDialog", u"\u5404\u7a97\u53e3\u5f53\u524d\u53eb\u53f7", None))
        self.recentCheck.setText(QCoreApplication.translate("BoardSettingsDialog", u"\u6700\u8fd1\u53eb\u53f7", None))
        self.recentCountLabel.setText(QCoreApplication.translate("BoardSettingsDialog", u"\u6700\u8fd1\u53eb\u53f7\u663e\u793a\u6761\u6570", None))
        self.queuesCheck.setText(QCoreApplication.translate("BoardSettingsDialog", u"\u5404\u7c7b\u4e1a\u52a1\u7b49\u5019\u4eba\u6570", None))
        self.scaleLabel.setText(QCoreApplication.translate("BoardSettingsDialog", u"\u5b57\u53f7\u7f29\u653e", None))
        self.voiceBox.setTitle(QCoreApplication.translate("BoardSettingsDialog", u"\u8bed\u97f3\u64ad\u62a5", None))
        self.voiceCheck.setText(QCoreApplication.translate("BoardSettingsDialog", u"\u53eb\u53f7\u65f6\u8bed\u97f3\u64ad\u62a5", None))
        self.repeatLabel.setText(QCoreApplication.translate("BoardSettingsDialog", u"\u6bcf\u4e2a\u53f7\u64ad\u62a5\u904d\u6570", None))
        self.voiceStatusLabel.setText("")
        self.testVoiceButton.setText(QCoreApplication.translate("BoardSettingsDialog", u"\u8bd5\u542c", None))
        self.keysLabel.setText(QCoreApplication.translate("BoardSettingsDialog", u"\u5728\u53eb\u53f7\u5c4f\u4e0a\uff1aF2 \u6216\u53f3\u952e\u6253\u5f00\u672c\u8bbe\u7f6e\uff1bF11 \u5207\u6362\u5168\u5c4f\uff1bEsc \u9000\u51fa\u5168\u5c4f\uff0c\u518d\u6309 Esc \u5173\u95ed\u53eb\u53f7\u5c4f\u3002", None))
    # retranslateUi

