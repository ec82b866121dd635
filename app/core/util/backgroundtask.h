#pragma once

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>
#include <utility>

namespace recdesk {

// The one way Recdesk runs short background work (joining legs, unpacking a ZIP, copying a file,
// computing a waveform): `work` runs on Qt's global thread pool, and `done(result)` runs later on
// the GUI thread, only if `owner` still exists then. Nothing ever waits for the work: an owner
// that goes away simply gets no answer (work that must stop early checks a cancel flag it was
// given). `owner` must live on the GUI thread.
//
// Two things are not such tasks and keep their own thread: the sandbox server (a long-lived
// event loop, SandboxHost) and the demo's start (DemoHost: its pool is waited for before the
// sandbox it starts is destroyed).
template<typename Work, typename Done> void runInBackground(QObject *owner, Work work, Done done)
{
    QPointer<QObject> guard(owner);
    QThreadPool::globalInstance()->start([guard, work = std::move(work), done = std::move(done)]() mutable {
        auto result = work();
        // Posted to the application object, which outlives every owner; the owner is checked
        // there, on the GUI thread, where it lives and dies.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, done = std::move(done), result = std::move(result)]() mutable {
                if (guard)
                    done(std::move(result));
            },
            Qt::QueuedConnection);
    });
}

} // namespace recdesk
