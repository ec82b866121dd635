#pragma once

#include "waveformpeaks.h"

#include <atomic>
#include <memory>
#include <QObject>

namespace recdesk {

// Computes a WaveformPeaks for a WAV file in the background (runInBackground) and reports back on
// the GUI thread. One computation at a time: start() cancels the previous one, whose result is
// dropped. Destroying the job cancels without waiting; no result arrives after it is gone.
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
    bool m_running = false;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    quint64 m_generation = 0; // results of a replaced run are dropped
};

} // namespace recdesk
