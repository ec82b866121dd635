#include "waveformjob.h"

#include "util/backgroundtask.h"

namespace recdesk {

namespace {
struct Outcome
{
    WaveformPeaks::Result result = WaveformPeaks::Result::Failed;
    WaveformPeaks peaks;
    QString error;
};
} // namespace

WaveformJob::WaveformJob(QObject *parent)
    : QObject(parent)
{}

WaveformJob::~WaveformJob()
{
    cancel(); // the worker stops at its next check; nobody waits for it
}

bool WaveformJob::isRunning() const
{
    return m_running;
}

void WaveformJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void WaveformJob::start(const QString &wavPath, int buckets)
{
    cancel();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const quint64 generation = ++m_generation;
    m_running = true;
    runInBackground(
        this,
        [wavPath, buckets, cancelFlag = m_cancel] {
            Outcome o;
            o.result = WaveformPeaks::computeFile(wavPath, buckets, &o.peaks, &o.error, cancelFlag.get());
            return o;
        },
        [this, generation](Outcome o) {
            if (generation != m_generation)
                return; // a later start() replaced this run
            m_running = false;
            switch (o.result) {
            case WaveformPeaks::Result::Ok:
                emit finished(o.peaks);
                break;
            case WaveformPeaks::Result::Failed:
                emit failed(o.error);
                break;
            case WaveformPeaks::Result::Cancelled:
                emit cancelled();
                break;
            }
        });
}

} // namespace recdesk
