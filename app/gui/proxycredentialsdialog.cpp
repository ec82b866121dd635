#include "proxycredentialsdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace recdesk::gui {

ProxyCredentialsDialog::ProxyCredentialsDialog(const ProxyCredentialsRequest &request, QWidget *parent)
    : QDialog(parent)
    , m_text(new QLabel(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
{
    setWindowTitle(tr("Proxy sign-in"));
    m_text->setWordWrap(true);
    m_text->setText(request.refused
                        ? tr("The proxy at %1 refused the user name and password. Enter them again; they "
                             "are kept in the system keychain for this profile.")
                              .arg(request.proxyAddress)
                        : tr("The proxy at %1 asks for a user name and password. They are kept in the "
                             "system keychain for this profile.")
                              .arg(request.proxyAddress));
    m_user->setText(request.user);
    m_user->setAccessibleName(tr("Proxy user name"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Proxy password"));

    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign in"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto updateOk = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(!m_user->text().trimmed().isEmpty() && !m_password->text().isEmpty());
    };
    connect(m_user, &QLineEdit::textChanged, this, updateOk);
    connect(m_password, &QLineEdit::textChanged, this, updateOk);
    updateOk();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addLayout(form);
    layout->addWidget(buttons);
    (request.user.isEmpty() ? m_user : m_password)->setFocus();
}

ProxyCredentials ProxyCredentialsDialog::credentials() const
{
    return ProxyCredentials{m_user->text().trimmed(), m_password->text()};
}

std::optional<ProxyCredentials> ProxyCredentialsDialog::ask(const ProxyCredentialsRequest &request,
                                                            QWidget *parent)
{
    ProxyCredentialsDialog dialog(request, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.credentials();
}

} // namespace recdesk::gui
