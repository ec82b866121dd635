#include "waveformjob.h"

#include <QThread>

namespace recdesk {

WaveformJob::WaveformJob(QObject *parent)
    : QObject(parent)
{}

WaveformJob::~WaveformJob()
{
    stopWorker();
}

bool WaveformJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void WaveformJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void WaveformJob::stopWorker()
{
    if (!m_thread)
        return;
    cancel();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void WaveformJob::start(const QString &wavPath, int buckets)
{
    stopWorker();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const quint64 generation = ++m_generation;
    const std::shared_ptr<std::atomic<bool>> cancelFlag = m_cancel;
    // The worker only posts to `this`; the destructor waits for it first, so `this` outlives it.
    m_thread = QThread::create([this, wavPath, buckets, generation, cancelFlag] {
        WaveformPeaks peaks;
        QString error;
        const WaveformPeaks::Result result =
            WaveformPeaks::computeFile(wavPath, buckets, &peaks, &error, cancelFlag.get());
        QMetaObject::invokeMethod(
            this,
            [this, result, peaks = std::move(peaks), error, generation] {
                if (generation != m_generation)
                    return;
                switch (result) {
                case WaveformPeaks::Result::Ok:
                    emit finished(peaks);
                    break;
                case WaveformPeaks::Result::Failed:
                    emit failed(error);
                    break;
                case WaveformPeaks::Result::Cancelled:
                    emit cancelled();
                    break;
                }
            },
            Qt::QueuedConnection);
    });
    m_thread->start(QThread::LowPriority);
}

} // namespace recdesk
