#pragma once

#include "waveformpeaks.h"

#include <atomic>
#include <memory>
#include <QObject>

class QThread;

namespace recdesk {

// Computes a WaveformPeaks for a WAV file on a worker thread and reports back on the thread the
// job lives in. One computation at a time: start() cancels the previous one. Destroying the job
// cancels and waits, so no result arrives after it is gone.
class WaveformJob : public QObject
{
    Q_OBJECT

public:
    explicit WaveformJob(QObject *parent = nullptr);
    ~WaveformJob() override;

    void start(const QString &wavPath, int buckets);
    void cancel();
    bool isRunning() const;

signals:
    void finished(const recdesk::WaveformPeaks &peaks);
    void failed(const QString &message);
    void cancelled();

private:
    void stopWorker();

    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    quint64 m_generation = 0; // results of a replaced run are dropped
};

} // namespace recdesk
