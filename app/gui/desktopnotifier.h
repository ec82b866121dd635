#pragma once

#include <QObject>
#include <QString>

class QSystemTrayIcon;

namespace recdesk::gui {

// A desktop notification ("3 downloads finished"): the freedesktop notification service over
// D-Bus on Linux desktops, else the system tray's balloon where there is a tray. Never blocks.
class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    explicit DesktopNotifier(QObject *parent = nullptr);

    // Whether a notification can be shown at all on this desktop.
    bool isAvailable() const;
    // Returns false when nothing could carry the notification.
    bool notify(const QString &title, const QString &text);
    // The last notification sent (for tests and logs).
    QString lastText() const { return m_lastText; }

private:
    QSystemTrayIcon *m_tray = nullptr;
    QString m_lastText;
};

} // namespace recdesk::gui
