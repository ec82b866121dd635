#pragma once

#include "net/session.h"

#include <QObject>
#include <QString>

namespace recdesk {

// What the application layer needs of demo mode: a server on this computer with sample data,
// started in the background, and a session configured for it. Its one implementation is
// DemoHost (app/demo), the only door to the in-process sandbox: the core never links the
// sandbox, and the GUI and the CLI never include it.
class DemoLauncher : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Starts without blocking (the first start seeds the data there); started() answers.
    // dataDir empty: defaultDataDir().
    virtual void startAsync(const QString &dataDir) = 0;
    // Stops the server; a start under way stops as soon as it ends (started(false, "") then).
    virtual void stop() = 0;
    virtual bool isRunning() const = 0;
    virtual bool isStarting() const = 0;
    // The session for the running server (its URLs and demo credentials, no proxy).
    virtual SessionConfig sessionConfig() const = 0;

signals:
    void started(bool ok, const QString &error);
};

} // namespace recdesk
