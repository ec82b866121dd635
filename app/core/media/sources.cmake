target_sources(recdesk_core PRIVATE
    media/wavinfo.h
    media/wavreader.h media/wavreader.cpp
    media/wavheader.h media/wavheader.cpp
    media/waveformpeaks.h media/waveformpeaks.cpp
    media/waveformjob.h media/waveformjob.cpp
    media/recordinglegs.h media/recordinglegs.cpp
    media/audioarrival.h
    media/audiocache.h media/audiocache.cpp
    media/progressiveaudiodevice.h media/progressiveaudiodevice.cpp
    media/recordingaudio.h media/recordingaudio.cpp
    media/recordingaudioservice.h media/recordingaudioservice.cpp
)
# PUBLIC: the tests build their ZIPs with QuaZip too.
target_link_libraries(recdesk_core PUBLIC QuaZip::QuaZip)
