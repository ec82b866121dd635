#include "recordingaudio.h"

namespace recdesk {

RecordingAudio::RecordingAudio(const QUuid &recordingId, const QString &path, QObject *parent)
    : QObject(parent)
    , m_id(recordingId)
    , m_path(path)
    , m_arrival(std::make_shared<AudioArrival>())
{}

} // namespace recdesk
