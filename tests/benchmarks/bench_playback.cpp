// Click-to-audible: from "play" on a recording whose audio is not cached to the player's first
// position update, through the product's own path: the real PlayerPanel (setRecording, then what
// MainWindow::requestAudio does, then play()) fed by RecordingAudioService from an in-process
// sandbox. A 10-minute and a 60-minute recording, a fresh cache and a fresh Session every round.
// Prints one "name value unit" line per figure; see docs/BENCHMARKS.md and bench_playback.sh.

#include "demosession.h"
#include "domain/page.h"
#include "domain/recording.h"
#include "media/recordingaudio.h"
#include "media/recordingaudioservice.h"
#include "net/apireply.h"
#include "net/session.h"
#include "playerpanel.h"
#include "sandboxclock.h"
#include "sandboxcontext.h"
#include "sandboxhost.h"
#include "store.h"
#include "waveformloader.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QMediaPlayer>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

using namespace recdesk;

namespace {

constexpr qint64 kSecondUsec = 1'000'000;
constexpr int kRoundTimeoutMs = 120'000;

struct BenchRecording
{
    QString label; // "10min", "60min"
    QString id;
    qint64 durationUsec = 0;
};

// Milliseconds since t0 at which each step of one round happened (-1: did not happen).
struct RoundSteps
{
    double click = -1;      // setRecording() and play() returned (synchronous work of the click)
    double firstByte = -1;  // the first bytes of the WAV are in the cache
    double startBytes = -1; // PlayerPanel::kProgressiveStartBytes are
    double sourceSet = -1;  // the panel handed the growing file to QMediaPlayer
    double loaded = -1;     // QMediaPlayer says LoadedMedia or BufferedMedia (pipeline prerolled)
    double playing = -1;    // QMediaPlayer says PlayingState
    double audible = -1;    // the first positionChanged with a position > 0
    double whole = -1;      // the whole file is in the cache
    double stallMax = 0;    // the longest the GUI thread went without running a 1 ms timer
    double stallEnd = -1;   // when that stall ended
    int progressEvents = 0; // RecordingAudio::progressed until audible
};

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// Runs the event loop until done() holds or timeoutMs passes; true when done() holds.
bool runUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || t.elapsed() > timeoutMs)
            loop.quit();
    });
    poll.start(5);
    if (!done())
        loop.exec();
    return done();
}

// Nearest rank: the smallest value with at least q of the values at or below it.
double percentile(QList<double> values, double q)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(q * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

// Two ended recordings of exactly the given lengths, written into the sandbox's store before it
// starts (it then seeds its demo data next to them, as on any first start).
bool addRecordings(const QString &dataDir, QList<BenchRecording> &recordings, QString *error)
{
    if (!QDir().mkpath(dataDir)) {
        *error = QStringLiteral("cannot create %1").arg(dataDir);
        return false;
    }
    sandbox::Store store;
    if (!store.open(QDir(dataDir).filePath(QStringLiteral("sandbox.sqlite")), error))
        return false;
    const qint64 now = sandbox::SandboxClock().nowUsec(); // the sandbox starts with no offset
    for (BenchRecording &b : recordings) {
        sandbox::RecordingRow r;
        r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        r.customerId = sandbox::DemoIdentity::customerId();
        r.ownerType = QStringLiteral("agent");
        r.ownerId = sandbox::DemoIdentity::adminAgentId();
        r.activeflowId = QUuid().toString(QUuid::WithoutBraces);
        r.onEndFlowId = r.activeflowId;
        r.referenceType = QStringLiteral("call");
        r.referenceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        r.status = QStringLiteral("ended");
        r.tmEnd = now - kSecondUsec;
        r.tmStart = r.tmEnd - b.durationUsec;
        r.tmCreate = r.tmStart - kSecondUsec;
        r.tmUpdate = r.tmEnd;
        if (!store.insertRecording(r)) {
            *error = store.lastError();
            return false;
        }
        b.id = r.id;
    }
    store.close();
    return true;
}

class PlaybackBench
{
public:
    PlaybackBench(sandbox::SandboxHost &host, gui::PlayerPanel &panel)
        : m_host(host)
        , m_panel(panel)
    {}

    // One round on a cold cache; false (with a sentence) when it did not become audible.
    bool round(const BenchRecording &b, RoundSteps *steps, double *signInMs, double *redirectMs,
               QString *error)
    {
        QTemporaryDir cacheDir;
        SessionConfig config = demoSessionConfig(m_host, QStringLiteral("bench"));
        config.audioCacheDir = cacheDir.path();
        Session session(config);

        // The user sees the list before pressing play: signed in, the recording known.
        QElapsedTimer clock;
        clock.start();
        Recording recording;
        ApiReply *list = session.platform()->listPage(PlatformClient::ListKind::Recordings, QString(), 100);
        bool listed = false;
        QObject::connect(list, &ApiReply::finished, list, [&] {
            listed = true;
            DecodeProblems problems;
            for (const Recording &r :
                 decodePage<Recording>(list->body(), QStringLiteral("recordings"), &problems).items)
                if (r.id == QUuid(b.id))
                    recording = r;
        });
        if (!runUntil([&] { return listed; }, kRoundTimeoutMs) || recording.id.isNull()) {
            *error = QStringLiteral("the recording was not listed");
            return false;
        }
        *signInMs = msSince(clock);

        RecordingAudio *audio = nullptr;
        QElapsedTimer t0;
        QList<QMetaObject::Connection> hooks;
        // What MainWindow::requestAudio does, plus timestamps of the cache's progress.
        hooks << QObject::connect(
            &m_panel, &gui::PlayerPanel::audioRequested, &m_panel, [&](const QUuid &id) {
                audio = session.recordingAudio()->fetch(id);
                m_panel.setAudio(audio); // the panel computes the waveform from the same audio
                QObject::connect(audio, &RecordingAudio::progressed, &m_panel, [&, steps](qint64 available) {
                    if (steps->firstByte < 0 && available > 0)
                        steps->firstByte = msSince(t0);
                    if (steps->audible < 0)
                        ++steps->progressEvents;
                    if (steps->startBytes < 0 && available >= gui::PlayerPanel::kProgressiveStartBytes)
                        steps->startBytes = msSince(t0);
                });
                QObject::connect(audio, &RecordingAudio::ready, &m_panel, [&, steps] {
                    if (steps->whole < 0)
                        steps->whole = msSince(t0);
                });
            });
        QMediaPlayer *player = m_panel.player();
        hooks << QObject::connect(player, &QMediaPlayer::sourceChanged, &m_panel,
                                  [&, steps](const QUrl &url) {
                                      if (steps->sourceSet < 0 && !url.isEmpty())
                                          steps->sourceSet = msSince(t0);
                                  });
        hooks << QObject::connect(
            player, &QMediaPlayer::mediaStatusChanged, &m_panel, [&, steps](QMediaPlayer::MediaStatus s) {
                if (steps->loaded < 0 && (s == QMediaPlayer::LoadedMedia || s == QMediaPlayer::BufferedMedia))
                    steps->loaded = msSince(t0);
            });
        hooks << QObject::connect(player, &QMediaPlayer::playbackStateChanged, &m_panel,
                                  [&, steps](QMediaPlayer::PlaybackState s) {
                                      if (steps->playing < 0 && s == QMediaPlayer::PlayingState)
                                          steps->playing = msSince(t0);
                                  });
        hooks << QObject::connect(player, &QMediaPlayer::positionChanged, &m_panel,
                                  [&, steps](qint64 position) {
                                      if (steps->audible < 0 && position > 0 && steps->sourceSet >= 0)
                                          steps->audible = msSince(t0);
                                  });

        // The GUI thread runs the player's appsrc, its bus and its position timer: how long
        // did its event loop go without turning?
        QTimer stallProbe;
        stallProbe.setTimerType(Qt::PreciseTimer);
        double lastTick = 0;
        QObject::connect(&stallProbe, &QTimer::timeout, &m_panel, [&, steps] {
            const double now = msSince(t0);
            if (steps->audible < 0 && now - lastTick > steps->stallMax) {
                steps->stallMax = now - lastTick;
                steps->stallEnd = now;
            }
            lastTick = now;
        });
        stallProbe.start(1);

        // Click: the row is selected and played at once (a double-click, or Enter).
        t0.start();
        m_panel.setRecording(recording);
        m_panel.play();
        steps->click = msSince(t0);
        const bool audible =
            runUntil([&] { return steps->audible >= 0 || (audio && audio->hasFailed()); }, kRoundTimeoutMs);
        const bool whole =
            audible && runUntil([&] { return audio->isReady() || audio->hasFailed(); }, kRoundTimeoutMs);
        for (const auto &h : std::as_const(hooks))
            QObject::disconnect(h);
        m_panel.clear();
        if (!audible || !whole) {
            *error = audio && audio->hasFailed() ? audio->error().toDisplayString()
                                                 : QStringLiteral("no position update within the time limit");
            return false;
        }

        // The recordingfiles 307 alone, on this session's connection (context for the steps).
        clock.restart();
        bool redirected = false;
        ApiReply *location = session.platform()->recordingDownloadLocation(recording.id);
        QObject::connect(location, &ApiReply::finished, location, [&] { redirected = true; });
        runUntil([&] { return redirected; }, kRoundTimeoutMs);
        *redirectMs = msSince(clock);
        return true;
    }

private:
    sandbox::SandboxHost &m_host;
    gui::PlayerPanel &m_panel;
};

void print(const QString &name, double value, const char *unit)
{
    std::printf("%s %.1f %s\n", qPrintable(name), value, unit);
}

// One round's steps on stderr, for finding where the time goes.
void printSteps(const QString &label, const QString &round, const RoundSteps &s)
{
    std::fprintf(
        stderr,
        "%s round %s: click %.1f, first byte %.1f, %lld KiB %.1f, source %.1f, playing %.1f, loaded %.1f, "
        "audible %.1f, whole %.1f ms; GUI stall max %.1f ms (ended at %.1f), %d progress events\n",
        qPrintable(label), qPrintable(round), s.click, s.firstByte,
        static_cast<long long>(gui::PlayerPanel::kProgressiveStartBytes / 1024), s.startBytes, s.sourceSet,
        s.playing, s.loaded, s.audible, s.whole, s.stallMax, s.stallEnd, s.progressEvents);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // The per-round lines on stderr stay readable: the client's own progress chatter is off.
    QLoggingCategory::setFilterRules(QStringLiteral("recdesk.*.debug=false\nrecdesk.*.info=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Click-to-audible benchmark (see docs/BENCHMARKS.md)"));
    parser.addHelpOption();
    const QCommandLineOption roundsOption(QStringLiteral("rounds"),
                                          QStringLiteral("Measured rounds per recording."),
                                          QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption latencyOption(QStringLiteral("latency-ms"),
                                           QStringLiteral("The sandbox's latency before every answer."),
                                           QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption labelOption(QStringLiteral("label"),
                                         QStringLiteral("Names the link in the figures."),
                                         QStringLiteral("name"), QStringLiteral("loopback"));
    parser.addOptions({roundsOption, latencyOption, labelOption});
    parser.process(app);
    const int rounds = std::max(1, parser.value(roundsOption).toInt());
    const QString prefix = QStringLiteral("playback.%1.").arg(parser.value(labelOption));

    QTemporaryDir dataDir;
    QList<BenchRecording> recordings = {{QStringLiteral("10min"), QString(), 10 * 60 * kSecondUsec},
                                        {QStringLiteral("60min"), QString(), 60 * 60 * kSecondUsec}};
    QString error;
    if (!dataDir.isValid() || !addRecordings(dataDir.path(), recordings, &error)) {
        std::fprintf(stderr, "cannot prepare the sandbox's data: %s\n", qPrintable(error));
        return 1;
    }
    sandbox::SandboxHost host;
    sandbox::SandboxOptions options;
    options.dataDir = dataDir.path();
    options.recordingCount = 2;
    options.fileCount = 1;
    options.latencyMs = parser.value(latencyOption).toInt();
    options.quiet = true;
    if (!host.start(options, &error)) {
        std::fprintf(stderr, "the sandbox did not start: %s\n", qPrintable(error));
        return 1;
    }

    gui::PlayerPanel panel;
    panel.show();
    PlaybackBench bench(host, panel);
    std::printf("# Qt %s, %d round(s) per recording, sandbox latency %d ms\n", qVersion(), rounds,
                options.latencyMs);
    for (const BenchRecording &b : std::as_const(recordings)) {
        // Not measured: the sandbox generates the WAV on its first download, and the first
        // playback in a process loads the media backend's plugins.
        RoundSteps warmup;
        double signIn = 0, redirect = 0;
        if (!bench.round(b, &warmup, &signIn, &redirect, &error)) {
            std::fprintf(stderr, "%s: warm-up failed: %s\n", qPrintable(b.label), qPrintable(error));
            return 1;
        }
        const QString name = prefix + b.label + QLatin1Char('.');
        printSteps(b.label, QStringLiteral("warm-up"), warmup);
        print(name + QStringLiteral("warmup_audible"), warmup.audible, "ms");
        QList<double> audible, click, firstByte, startBytes, sourceSet, playing, loaded, whole, signIns,
            redirects;
        for (int i = 0; i < rounds; ++i) {
            RoundSteps s;
            if (!bench.round(b, &s, &signIn, &redirect, &error)) {
                std::fprintf(stderr, "%s: round %d failed: %s\n", qPrintable(b.label), i + 1,
                             qPrintable(error));
                return 1;
            }
            printSteps(b.label, QString::number(i + 1), s);
            audible << s.audible;
            click << s.click;
            firstByte << s.firstByte;
            startBytes << s.startBytes;
            sourceSet << s.sourceSet;
            playing << s.playing;
            loaded << s.loaded;
            whole << s.whole;
            signIns << signIn;
            redirects << redirect;
        }
        print(name + QStringLiteral("audible_median"), percentile(audible, 0.5), "ms");
        print(name + QStringLiteral("audible_p90"), percentile(audible, 0.9), "ms");
        print(name + QStringLiteral("audible_max"), percentile(audible, 1.0), "ms");
        print(name + QStringLiteral("click_max"), percentile(click, 1.0), "ms");
        print(name + QStringLiteral("first_byte_median"), percentile(firstByte, 0.5), "ms");
        print(name + QStringLiteral("start_bytes_median"), percentile(startBytes, 0.5), "ms");
        print(name + QStringLiteral("source_set_median"), percentile(sourceSet, 0.5), "ms");
        print(name + QStringLiteral("playing_median"), percentile(playing, 0.5), "ms");
        print(name + QStringLiteral("loaded_median"), percentile(loaded, 0.5), "ms");
        print(name + QStringLiteral("whole_file_median"), percentile(whole, 0.5), "ms");
        print(name + QStringLiteral("sign_in_median"), percentile(signIns, 0.5), "ms");
        print(name + QStringLiteral("redirect_307_median"), percentile(redirects, 0.5), "ms");
    }
    return 0;
}
