"""Connect to a team's shared session store on a PostgreSQL server."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from .prompts import ServerLogin


class ServerDialog(QDialog):
    def __init__(self, suggested: ServerLogin, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("ServerDialog", "Connect to team server"))
        self.host = QLineEdit(suggested.host, self)
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(suggested.port)
        self.database = QLineEdit(suggested.database, self)
        self.user = QLineEdit(suggested.user, self)
        self.password = QLineEdit(suggested.password, self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(
            QCoreApplication.translate("ServerDialog", "&Keep the password in the system keychain"),
            self,
        )
        self.remember.setChecked(suggested.remember)
        self.author = QLineEdit(suggested.author, self)
        self.author.setMaxLength(120)
        intro = QLabel(
            QCoreApplication.translate(
                "ServerDialog",
                "Advisers in a team share one session database on their PostgreSQL server. "
                "Sessions show who created them and who changed them last.",
            ),
            self,
        )
        intro.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.setWordWrap(True)
        form = QFormLayout()
        rows = (
            (QCoreApplication.translate("ServerDialog", "&Server:"), self.host),
            (QCoreApplication.translate("ServerDialog", "P&ort:"), self.port),
            (QCoreApplication.translate("ServerDialog", "&Database:"), self.database),
            (QCoreApplication.translate("ServerDialog", "&User:"), self.user),
            (QCoreApplication.translate("ServerDialog", "&Password:"), self.password),
            (QCoreApplication.translate("ServerDialog", "Your &name:"), self.author),
        )
        for text, editor in rows:
            label = QLabel(text, self)
            label.setBuddy(editor)
            editor.setAccessibleName(text.replace("&", "").rstrip(":："))
            form.addRow(label, editor)
        form.addRow("", self.remember)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept_if_complete)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(460, 0)

    def login(self) -> ServerLogin:
        return ServerLogin(
            host=self.host.text().strip(),
            port=self.port.value(),
            database=self.database.text().strip(),
            user=self.user.text().strip(),
            password=self.password.text(),
            author=self.author.text().strip(),
            remember=self.remember.isChecked(),
        )

    def missing(self) -> str | None:
        """The first required field left empty, as a one-line message."""
        login = self.login()
        for value, name in (
            (login.host, QCoreApplication.translate("ServerDialog", "Server")),
            (login.database, QCoreApplication.translate("ServerDialog", "Database")),
            (login.user, QCoreApplication.translate("ServerDialog", "User")),
            (login.author, QCoreApplication.translate("ServerDialog", "Your name")),
        ):
            if not value:
                return QCoreApplication.translate("ServerDialog", "%1: must not be empty").replace(
                    "%1", name
                )
        return None

    def _accept_if_complete(self) -> None:
        problem = self.missing()
        self.problem.setText(problem or "")
        if problem is None:
            self.accept()
