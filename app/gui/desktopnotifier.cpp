#include "desktopnotifier.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QVariantMap>

#ifdef RECDESK_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#endif

namespace recdesk::gui {

namespace {
#ifdef RECDESK_HAVE_DBUS
const QString kService = QStringLiteral("org.freedesktop.Notifications");

bool hasNotificationService()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    return bus.isConnected() && bus.interface() && bus.interface()->isServiceRegistered(kService).value();
}
#endif
} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent)
{}

bool DesktopNotifier::isAvailable() const
{
#ifdef RECDESK_HAVE_DBUS
    if (hasNotificationService())
        return true;
#endif
    return QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages();
}

bool DesktopNotifier::notify(const QString &title, const QString &text)
{
    m_lastText = text;
#ifdef RECDESK_HAVE_DBUS
    if (hasNotificationService()) {
        QDBusMessage call = QDBusMessage::createMethodCall(
            kService, QStringLiteral("/org/freedesktop/Notifications"), kService, QStringLiteral("Notify"));
        QVariantMap hints;
        hints.insert(QStringLiteral("desktop-entry"), QGuiApplication::desktopFileName());
        call << QApplication::applicationDisplayName() << uint(0)
             << QStringLiteral("io.github.recdesk.Recdesk") << title << text << QStringList() << hints
             << int(-1);
        // Fire and forget: the answer (the notification's id) is not needed.
        return QDBusConnection::sessionBus().send(call);
    }
#endif
    if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
            m_tray->setToolTip(QApplication::applicationDisplayName());
        }
        m_tray->show();
        m_tray->showMessage(title, text, QApplication::windowIcon(), 8000);
        return true;
    }
    return false;
}

} // namespace recdesk::gui
