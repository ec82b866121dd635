#include "commands.h"

#include "demohost.h"
#include "domain/analyticsmetadata.h"
#include "domain/metadatavalidator.h"
#include "domain/page.h"
#include "domain/platformfile.h"
#include "domain/recording.h"
#include "domain/timestamp.h"
#include "models/listingrange.h"
#include "models/recordingfacts.h"
#include "net/recordingcontextresolver.h"
#include "net/session.h"
#include "review/reviewexport.h"
#include "review/reviewstore.h"
#include "settings/profilestore.h"
#include "settings/secretstore.h"
#include "transfer/transferqueue.h"
#include "transfer/transfersummary.h"
#include "util/displayformat.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

namespace recdesk::cli {

namespace {

QStringList fileRow(const PlatformFile &f)
{
    return {uuidToWire(f.id), f.filename.isEmpty() ? f.name : f.filename, QString::number(f.filesize),
            f.created.toRfc3339(), f.name};
}

QStringList recordingRow(const Recording &r, const RecordingFacts &f)
{
    const QString customer = !f.conferenceId.isNull() ? f.conferenceName
                             : f.customerName.isEmpty() || f.customerName == f.customerNumber
                                 ? f.customerNumber
                                 : f.customerNumber + QLatin1Char(' ') + f.customerName;
    const QString agent =
        f.agentKnown ? f.agentUsername : (f.agentId.isNull() ? QString() : uuidToWire(f.agentId));
    return {uuidToWire(r.id),
            toWire(r.status),
            toWire(r.referenceType),
            r.started.toRfc3339(),
            DisplayFormat::duration(r.durationMs()),
            agent,
            customer,
            f.callKnown ? displayName(f.direction) : QString(),
            f.callKnown ? displayName(f.hangupReason) : QString()};
}

// A value of `show` as `list` shows it: times in RFC 3339, and empty for what has not happened
// (the platform's 9999 sentinel) or is not set (the nil id). --json keeps the wire form.
QString shownValue(const QString &key, const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toDouble(), 'f', 0);
    const QString text = value.toString();
    if (text == uuidToWire(QUuid()))
        return QString();
    if (key.section(QLatin1Char('.'), -1).startsWith(QLatin1String("tm_"))) {
        Timestamp time;
        switch (Timestamp::parse(text, &time)) {
        case Timestamp::ParseResult::Ok:
            return time.toRfc3339();
        case Timestamp::ParseResult::NotHappened:
            return QString();
        case Timestamp::ParseResult::Invalid:
            break;
        }
    }
    return text;
}

// What is wrong with a service address, or nothing.
QString serviceUrlProblem(const QUrl &url)
{
    const bool web = url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
    const bool host = url.isValid() && !url.host().isEmpty();
    if (!web && !host)
        return CommandRunner::tr("the scheme must be http or https and a host is required");
    if (!web)
        return CommandRunner::tr("the scheme must be http or https, not \"%1\"").arg(url.scheme());
    if (!host)
        return url.isValid() ? CommandRunner::tr("a host is required")
                             : CommandRunner::tr("it is not a valid address (%1)").arg(url.errorString());
    return QString();
}

} // namespace

CommandRunner::CommandRunner(const CliOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_output(options.json, options.quiet, options.progress)
{}

CommandRunner::~CommandRunner() = default;

void CommandRunner::done(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    m_output.endProgress();
    QMetaObject::invokeMethod(
        this, [this, code] { emit finished(code); }, Qt::QueuedConnection);
}

void CommandRunner::fail(const ApiError &error, const QUuid &id)
{
    m_output.endProgress();
    m_output.error(errorText(error, id));
    done(exitCodeFor(error));
}

QString CommandRunner::notFoundText(const ApiError &error, const QUuid &id) const
{
    if (id.isNull() || error.kind != ApiError::Kind::Http || error.httpStatus != 404 ||
        error.service != ApiError::Service::Platform)
        return QString();
    return ApiError::finishSentence(m_files
                                        ? tr("No file with id %1 on the platform").arg(uuidToWire(id))
                                        : tr("No recording with id %1 on the platform").arg(uuidToWire(id)),
                                    error.requestId);
}

QString CommandRunner::errorText(const ApiError &error, const QUuid &id) const
{
    const QString notFound = notFoundText(error, id);
    return notFound.isEmpty() ? error.toDisplayString() : notFound;
}

void CommandRunner::cancel()
{
    if (m_queue) {
        m_queue->disconnect(this);
        for (const TransferItem &item : m_queue->items())
            m_queue->cancel(item.id);
    }
    m_output.endProgress();
    m_output.error(ApiError::cancelled(ApiError::Service::Local).toDisplayString());
    done(ExitCancelled);
}

void CommandRunner::start()
{
    if (m_options.command == QLatin1String("profile")) {
        runProfile();
        return;
    }
    if (m_options.command == QLatin1String("reviews")) {
        runReviewsExport(); // local: no connection
        return;
    }
    QString error;
    ExitCode code = ExitOk;
    if (!m_connection.open(m_options, &error, &code)) {
        m_output.error(error);
        done(code);
        return;
    }
    m_files = m_options.command == QLatin1String("files");
    if (m_options.command == QLatin1String("upload"))
        runUpload();
    else if (m_options.command == QLatin1String("send-to-analytics"))
        runSendToAnalytics();
    else if (m_options.action == QLatin1String("list"))
        runList();
    else if (m_options.action == QLatin1String("show"))
        runShow();
    else if (m_options.action == QLatin1String("delete"))
        runDelete();
    else if (m_options.action == QLatin1String("download"))
        runDownload();
}

bool CommandRunner::parseIds(QList<QUuid> *ids)
{
    for (const QString &text : std::as_const(m_options.arguments)) {
        const QUuid id = QUuid::fromString(text);
        if (id.isNull()) {
            m_output.error(
                tr("\"%1\" is not an id: ids look like 0b0c5f8e-1b2a-4c3d-9e8f-123456789abc.").arg(text));
            done(ExitUsage);
            return false;
        }
        ids->append(id);
    }
    return true;
}

// ---- reviews export ----------------------------------------------------------------------------

// The reviews are on this machine (ReviewStore): no session, no sign-in, no network.
void CommandRunner::runReviewsExport()
{
    QString path;
    QString profileName; // stays null in demo mode: the export's "profile" is null
    if (m_options.demo) {
        path = ReviewStore::demoPath(m_options.demoDir.isEmpty() ? DemoHost::defaultDataDir()
                                                                 : m_options.demoDir);
    } else {
        ProfileStore profiles;
        profileName = !m_options.profile.isEmpty() ? m_options.profile : profiles.currentName();
        if (profileName.isEmpty()) {
            m_output.error(tr("No profile chosen: use --profile P or --demo."));
            done(ExitUsage);
            return;
        }
        if (!profiles.load(profileName)) {
            m_output.error(
                tr("There is no profile \"%1\": see \"recdeskctl profile list\".").arg(profileName));
            done(ExitUsage);
            return;
        }
        path = ReviewStore::defaultPath(profileName);
    }

    ReviewExportFilter filter;
    if (!m_options.reviewState.isEmpty()) {
        ReviewState state = ReviewState::NotReviewed;
        reviewStateFromKey(m_options.reviewState, &state); // checked by CommandLine
        filter.state = state;
    }
    const ListingRange days = ListingRange::ofLocalDays(m_options.from, m_options.to);
    if (days.from)
        filter.from = days.from->toDateTime();
    if (days.until)
        filter.until = days.until->toDateTime();

    QList<ReviewExportRow> rows;
    // Nobody has reviewed anything with this profile yet: an empty export, and no file made for it.
    if (QFileInfo::exists(path)) {
        ReviewStore store;
        QString error;
        if (!store.open(path, &error)) {
            m_output.error(error);
            done(ExitInvalid);
            return;
        }
        rows = ReviewExport::rows(store, filter, &error);
        if (!error.isEmpty()) {
            m_output.error(error);
            done(ExitFailure);
            return;
        }
    }
    const ReviewExport::Format format = m_options.exportFormat == QLatin1String("json")
                                            ? ReviewExport::Format::Json
                                            : ReviewExport::Format::Csv;
    const QByteArray bytes =
        ReviewExport::toBytes(format, rows, profileName, QDateTime::currentDateTimeUtc());
    if (m_options.outputFile.isEmpty()) {
        m_output.data(bytes);
        done(ExitOk);
        return;
    }
    // Whole or not at all: a script never reads half an export.
    QSaveFile file(m_options.outputFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        m_output.error(tr("The export could not be written to %1: %2")
                           .arg(QDir::toNativeSeparators(m_options.outputFile), file.errorString()));
        done(ExitLocalIo);
        return;
    }
    m_output.note(tr("Exported %n review row(s) to %1.", nullptr, int(rows.size()))
                      .arg(QDir::toNativeSeparators(m_options.outputFile)));
    done(ExitOk);
}

// ---- profile ---------------------------------------------------------------------------------

void CommandRunner::runProfile()
{
    ProfileStore store;
    const QString name = m_options.arguments.value(0);
    const QString &action = m_options.action;
    if (action == QLatin1String("list")) {
        QList<QStringList> rows;
        for (const QString &n : store.names()) {
            const auto p = store.load(n);
            rows.append(
                {n, p->platformUrl.toString(), n == store.currentName() ? QStringLiteral("*") : QString()});
        }
        if (m_output.isJson()) {
            QJsonArray array;
            for (const QStringList &r : rows)
                array.append(QJsonObject{{QStringLiteral("name"), r.at(0)},
                                         {QStringLiteral("platformUrl"), r.at(1)},
                                         {QStringLiteral("current"), !r.at(2).isEmpty()}});
            m_output.json(array);
        } else {
            m_output.table({tr("NAME"), tr("PLATFORM"), tr("CURRENT")}, rows);
        }
        done(ExitOk);
        return;
    }
    if (!ProfileStore::isValidName(name)) {
        m_output.error(
            tr("\"%1\" cannot be a profile name: use letters, digits, spaces, dots and dashes.").arg(name));
        done(ExitUsage);
        return;
    }
    std::optional<Profile> existing = store.load(name);
    if (action == QLatin1String("show") || action == QLatin1String("remove")) {
        if (!existing) {
            m_output.error(tr("There is no profile \"%1\": see \"recdeskctl profile list\".").arg(name));
            done(ExitNotFound);
            return;
        }
        if (action == QLatin1String("remove")) {
            store.remove(name);
            // The store must outlive its jobs' answers: a store that is gone gets no callback.
            QEventLoop loop;
            SecretStore secrets;
            secrets.removeAll(name, [&loop](const QString &) { loop.quit(); });
            loop.exec();
            m_output.note(tr("Removed profile \"%1\" and its secrets.").arg(name));
        } else {
            const Profile &p = *existing;
            m_output.keyValues(
                {{tr("name"), p.name},
                 {tr("platform-url"), p.platformUrl.toString()},
                 {tr("auth"), p.platformAuth == Profile::PlatformAuth::AccessKey
                                  ? QStringLiteral("accesskey")
                                  : QStringLiteral("password")},
                 {tr("username"), p.platformUsername},
                 {tr("files-path"), p.platformFilesPath},
                 {tr("analytics-url"), p.analyticsUrl.toString()},
                 {tr("client-id"), p.analyticsClientId},
                 {tr("assistant-url"), p.assistantUrl.toString()},
                 {tr("assistant-user"), p.assistantUser},
                 {tr("timeout"), QString::number(p.timeoutSeconds)},
                 {tr("download-folder"), p.downloadFolder},
                 {tr("proxy"), ProxySettings::modeName(p.proxyMode)},
                 {tr("proxy-host"), p.proxyHost},
                 {tr("proxy-port"), p.proxyPort > 0 ? QString::number(p.proxyPort) : QString()},
                 {tr("proxy-user"), p.proxyUser}});
        }
        done(ExitOk);
        return;
    }
    if (action == QLatin1String("secret")) {
        static const QStringList kinds = {
            QStringLiteral("platform-password"), QStringLiteral("platform-token"),
            QStringLiteral("platform-access-key"), QStringLiteral("analytics-client-secret"),
            QStringLiteral("assistant-api-key")};
        const int kind = int(kinds.indexOf(m_options.secretName));
        if (kind < 0 || kind == 1) {
            m_output.error(tr("Unknown secret \"%1\": use platform-password, platform-access-key, "
                              "analytics-client-secret, assistant-api-key or proxy-password.")
                               .arg(m_options.secretName));
            done(ExitUsage);
            return;
        }
        m_output.note(tr("Reading the secret from standard input (it is not echoed or logged)..."));
        QTextStream in(stdin);
        const QString value = in.readLine();
        QString error;
        if (!SecretStore().writeBlocking(name, SecretStore::Secret(kind), value, &error)) {
            m_output.error(tr("The keychain did not store the secret: %1").arg(error));
            done(ExitFailure);
            return;
        }
        done(ExitOk);
        return;
    }
    // set
    Profile p = existing.value_or(Profile());
    p.name = name;
    for (const QString &setting : std::as_const(m_options.profileSettings)) {
        const int eq = int(setting.indexOf(QLatin1Char('=')));
        const QString key = setting.left(eq);
        const QString value = eq < 0 ? QString() : setting.mid(eq + 1);
        if (eq < 0) {
            m_output.error(tr("\"%1\" is not key=value.").arg(setting));
            done(ExitUsage);
            return;
        }
        // A service address that could never be reached is refused now, not at its first use.
        if ((key == QLatin1String("platform-url") || key == QLatin1String("analytics-url") ||
             key == QLatin1String("assistant-url")) &&
            !value.isEmpty()) {
            const QString problem = serviceUrlProblem(QUrl(value, QUrl::StrictMode));
            if (!problem.isEmpty()) {
                m_output.error(tr("%1 \"%2\" cannot be used: %3, e.g. https://api.example.com/v1.0.")
                                   .arg(key, value, problem));
                done(ExitUsage);
                return;
            }
        }
        if (key == QLatin1String("platform-url"))
            p.platformUrl = QUrl(value);
        else if (key == QLatin1String("auth"))
            p.platformAuth = value == QLatin1String("accesskey") ? Profile::PlatformAuth::AccessKey
                                                                 : Profile::PlatformAuth::Password;
        else if (key == QLatin1String("username"))
            p.platformUsername = value;
        else if (key == QLatin1String("files-path"))
            p.platformFilesPath = value;
        else if (key == QLatin1String("analytics-url"))
            p.analyticsUrl = QUrl(value);
        else if (key == QLatin1String("client-id"))
            p.analyticsClientId = value;
        else if (key == QLatin1String("assistant-url"))
            p.assistantUrl = QUrl(value);
        else if (key == QLatin1String("assistant-user"))
            p.assistantUser = value;
        else if (key == QLatin1String("timeout"))
            p.timeoutSeconds = std::max(1, value.toInt());
        else if (key == QLatin1String("download-folder"))
            p.downloadFolder = value;
        else if (key == QLatin1String("proxy") || key == QLatin1String("proxy-port")) {
            const bool port = key == QLatin1String("proxy-port");
            const bool valid =
                port ? value.toInt() > 0 && value.toInt() < 65536
                     : QStringList{QStringLiteral("system"), QStringLiteral("none"), QStringLiteral("manual")}
                           .contains(value);
            if (!valid) {
                m_output.error(port ? tr("proxy-port must be a number from 1 to 65535.")
                                    : tr("proxy must be system, none or manual."));
                done(ExitUsage);
                return;
            }
            if (port)
                p.proxyPort = value.toInt();
            else
                p.proxyMode = ProxySettings::modeFromName(value);
        } else if (key == QLatin1String("proxy-host"))
            p.proxyHost = value;
        else if (key == QLatin1String("proxy-user"))
            p.proxyUser = value;
        else {
            m_output.error(
                tr("Unknown profile setting \"%1\" (secrets are set with \"profile secret\").").arg(key));
            done(ExitUsage);
            return;
        }
    }
    store.save(p);
    if (store.currentName().isEmpty())
        store.setCurrentName(name);
    store.sync();
    done(ExitOk);
}

// ---- list / show / delete --------------------------------------------------------------------

void CommandRunner::runList()
{
    // --from/--to-day: the listing starts on the server's cursor at the end of the range (the
    // first page holds what was created strictly before it) and stops at the first older item.
    m_range = ListingRange::ofLocalDays(m_options.from, m_options.to);
    m_cursor.reset(m_range.until ? pageTokenAt(*m_range.until) : QString());
    m_dropped = 0;
    m_droppedWhy.clear();
    fetchNextPage(m_cursor.token());
}

void CommandRunner::fetchNextPage(const QString &token)
{
    const int remaining = m_options.limit > 0 ? m_options.limit - listedCount() : 100;
    const int pageSize = std::clamp(remaining, 1, 100);
    ApiReply *reply = m_connection.session()->platform()->listPage(
        m_files ? PlatformClient::ListKind::Files : PlatformClient::ListKind::Recordings, token, pageSize);
    connect(reply, &ApiReply::finished, this, [this, reply, pageSize] {
        if (!reply->isOk()) {
            fail(reply->error());
            return;
        }
        DecodeProblems problems;
        QString next;
        bool last = true;
        int received = 0;
        int skipped = 0;
        if (m_files) {
            const auto page = decodePage<PlatformFile>(reply->body(), QStringLiteral("files"), &problems);
            last = page.isLast(pageSize);
            for (const PlatformFile &f : page.items) {
                if (m_range.contains(f.created))
                    m_listed.append(f.toJson());
                else if (m_range.from && f.created < *m_range.from)
                    last = true; // older than the range: nothing after it is wanted
            }
            next = page.nextPageToken;
            received = page.received();
            skipped = page.skipped;
        } else {
            const auto page = decodePage<Recording>(reply->body(), QStringLiteral("recordings"), &problems);
            last = page.isLast(pageSize);
            for (const Recording &r : page.items) {
                if (m_range.contains(r.created))
                    m_recordings.append(r);
                else if (m_range.from && r.created < *m_range.from)
                    last = true;
            }
            next = page.nextPageToken;
            received = page.received();
            skipped = page.skipped;
        }
        if (received == 0 && !problems.isEmpty()) {
            // Not an empty list: an answer that is not a list at all (truncated, wrong shape).
            m_output.error(tr("The server sent a list that cannot be read: %1").arg(problems.summary()));
            done(ExitBadAnswer);
            return;
        }
        if (skipped > 0) {
            m_dropped += skipped;
            if (m_droppedWhy.isEmpty())
                m_droppedWhy = problems.messages.value(0);
        }
        const bool enough = m_options.limit > 0 && listedCount() >= m_options.limit;
        if (!last && !enough) {
            const QString loop = m_cursor.advance(next);
            if (!loop.isEmpty()) {
                m_output.error(loop);
                done(ExitBadAnswer);
                return;
            }
            next = m_cursor.token();
            if (m_output.showsProgress())
                m_output.progress(tr("%n item(s) so far...", nullptr, listedCount()));
            fetchNextPage(next);
            return;
        }
        m_output.endProgress();
        if (m_files)
            finishList();
        else
            lookUp(m_recordings, [this] { finishList(); });
    });
}

void CommandRunner::finishList()
{
    if (m_output.isJson()) {
        QJsonArray array;
        for (const QJsonObject &o : std::as_const(m_listed))
            array.append(o);
        for (const Recording &r : std::as_const(m_recordings))
            array.append(recordingJson(r));
        m_output.json(array);
    } else if (m_files) {
        QList<QStringList> rows;
        for (const QJsonObject &o : std::as_const(m_listed)) {
            DecodeProblems ignored;
            rows.append(fileRow(PlatformFile::fromJson(o, &ignored)));
        }
        m_output.table({tr("ID"), tr("FILENAME"), tr("BYTES"), tr("CREATED"), tr("NAME")}, rows);
    } else {
        QList<QStringList> rows;
        for (const Recording &r : std::as_const(m_recordings))
            rows.append(recordingRow(r, factsOf(r)));
        m_output.table({tr("ID"), tr("STATUS"), tr("TYPE"), tr("STARTED"), tr("DURATION"), tr("AGENT"),
                        tr("CUSTOMER"), tr("DIRECTION"), tr("OUTCOME")},
                       rows);
    }
    if (m_dropped > 0) {
        m_output.error(
            tr("%n row(s) could not be read and were left out: %1", nullptr, m_dropped).arg(m_droppedWhy));
        done(ExitPartial);
        return;
    }
    done(ExitOk);
}

RecordingContextSource *CommandRunner::context() const
{
    return m_options.noLookup ? nullptr : m_connection.session()->recordingContext();
}

RecordingFacts CommandRunner::factsOf(const Recording &recording) const
{
    return RecordingFacts::of(recording, context());
}

QJsonObject CommandRunner::recordingJson(const Recording &recording) const
{
    QJsonObject o = recording.toJson();
    if (!m_options.noLookup)
        factsOf(recording).addTo(&o);
    return o;
}

void CommandRunner::showNotice(const QString &text)
{
    m_output.error(text);
}

void CommandRunner::lookUp(const QList<Recording> &recordings, const std::function<void()> &then)
{
    RecordingContextSource *source = context();
    if (!source || recordings.isEmpty()) {
        then();
        return;
    }
    // A 403 (agent accounts) is a calm note, once: the rows then carry ids only.
    connect(source, &RecordingContextSource::notice, this, &CommandRunner::showNotice, Qt::UniqueConnection);
    source->want(recordings);
    if (source->isIdle()) {
        then();
        return;
    }
    if (m_output.showsProgress())
        m_output.progress(tr("Looking up calls and agents..."));
    auto *connection = new QMetaObject::Connection;
    *connection = connect(source, &RecordingContextSource::idle, this, [this, connection, then] {
        disconnect(*connection);
        delete connection;
        m_output.endProgress();
        then();
    });
}

void CommandRunner::runShow()
{
    QList<QUuid> ids;
    if (!parseIds(&ids))
        return;
    PlatformClient *platform = m_connection.session()->platform();
    const QUuid id = ids.first();
    ApiReply *reply = m_files ? platform->getFile(id) : platform->getRecording(id);
    connect(reply, &ApiReply::finished, this, [this, reply, id] {
        if (!reply->isOk()) {
            fail(reply->error(), id);
            return;
        }
        DecodeProblems problems;
        const QJsonObject raw = parseJsonObject(reply->body(), QStringLiteral("item"), &problems);
        if (m_files) {
            showItem(PlatformFile::fromJson(raw, &problems).toJson());
            return;
        }
        const Recording recording = Recording::fromJson(raw, &problems);
        lookUp({recording}, [this, recording] { showItem(recordingJson(recording)); });
    });
}

void CommandRunner::showItem(const QJsonObject &o)
{
    if (m_output.isJson()) {
        m_output.json(o);
    } else {
        // Nested objects (agent, customer, call) as "agent.name" lines.
        QList<QPair<QString, QString>> pairs;
        const std::function<void(const QString &, const QJsonValue &)> add = [&](const QString &key,
                                                                                 const QJsonValue &v) {
            if (v.isObject()) {
                const QJsonObject inner = v.toObject();
                for (auto it = inner.begin(); it != inner.end(); ++it)
                    add(key + QLatin1Char('.') + it.key(), it.value());
            } else {
                pairs.append({key, shownValue(key, v)});
            }
        };
        for (auto it = o.begin(); it != o.end(); ++it)
            add(it.key(), it.value());
        m_output.keyValues(pairs);
    }
    done(ExitOk);
}

void CommandRunner::runDelete()
{
    if (!parseIds(&m_ids))
        return;
    auto left = std::make_shared<int>(int(m_ids.size()));
    auto results = std::make_shared<QJsonArray>();
    for (const QUuid &id : std::as_const(m_ids)) {
        PlatformClient *platform = m_connection.session()->platform();
        ApiReply *reply = m_files ? platform->deleteFile(id) : platform->deleteRecording(id);
        connect(reply, &ApiReply::finished, this, [this, reply, id, left, results] {
            QJsonObject r{{QStringLiteral("id"), uuidToWire(id)}, {QStringLiteral("deleted"), reply->isOk()}};
            if (!reply->isOk()) {
                const QString error = errorText(reply->error(), id);
                r.insert(QStringLiteral("error"), error);
                m_output.error(tr("%1: %2").arg(uuidToWire(id), error));
                if (m_exitCode == ExitOk)
                    m_exitCode = exitCodeFor(reply->error());
            }
            results->append(r);
            if (--*left > 0)
                return;
            if (m_output.isJson()) {
                m_output.json(*results);
            } else {
                QList<QStringList> rows;
                for (const QJsonValue &v : std::as_const(*results))
                    rows.append({v[QStringLiteral("id")].toString(),
                                 v[QStringLiteral("deleted")].toBool() ? tr("deleted") : tr("failed")});
                m_output.table({tr("ID"), tr("RESULT")}, rows);
            }
            done(m_exitCode);
        });
    }
}

// ---- transfers -------------------------------------------------------------------------------

void CommandRunner::runDownload()
{
    if (!parseIds(&m_ids))
        return;
    const QString folder =
        m_options.toDirectory.isEmpty() ? m_connection.defaultDownloadFolder() : m_options.toDirectory;
    if (!QDir().mkpath(folder)) {
        m_output.error(tr("Cannot create the folder %1.").arg(folder));
        done(ExitLocalIo);
        return;
    }
    m_queue = m_connection.workspace()->transferQueue();
    m_queue->setConcurrency(m_options.concurrency);
    m_connection.workspace()->enqueueDownloads(
        m_files ? PlatformClient::ListKind::Files : PlatformClient::ListKind::Recordings, m_ids, folder);
    runTransfers();
}

bool CommandRunner::buildMetadata(const QString &localFile, const QString &defaultFileName,
                                  AnalyticsMetadata *metadata, const RecordingFacts *facts)
{
    QJsonObject object;
    if (!m_options.metadataFile.isEmpty()) {
        QFile f(m_options.metadataFile);
        if (!f.open(QIODevice::ReadOnly)) {
            m_output.error(
                tr("Cannot read the metadata file %1: %2.").arg(m_options.metadataFile, f.errorString()));
            done(ExitInvalid);
            return false;
        }
        DecodeProblems problems;
        object = parseJsonObject(f.readAll(), m_options.metadataFile, &problems);
        if (!problems.isEmpty()) {
            m_output.error(problems.summary());
            done(ExitInvalid);
            return false;
        }
    }
    for (const QString &flag : std::as_const(m_options.metadataFlags)) {
        const int eq = int(flag.indexOf(QLatin1Char('=')));
        const QString key = flag.left(eq);
        const QString value = flag.mid(eq + 1);
        if (key == QLatin1String("LocaleId"))
            object.insert(key, value.toInt());
        else
            object.insert(key, value);
    }
    const bool several = m_options.arguments.size() > 1;
    if (several && object.contains(QStringLiteral("FileName"))) {
        m_output.error(tr("FileName must be unique: leave it out when sending several files, each then keeps "
                          "its own name."));
        done(ExitUsage);
        return false;
    }
    if (!object.contains(QStringLiteral("FileName")))
        object.insert(QStringLiteral("FileName"), defaultFileName);
    if (!object.contains(QStringLiteral("UploadType")))
        object.insert(QStringLiteral("UploadType"),
                      uploadTypeForFileName(object.value(QStringLiteral("FileName")).toString()));
    DecodeProblems problems;
    *metadata = AnalyticsMetadata::fromJson(object, &problems);
    // What the call and agent say fills only what the user left out, and is validated the same way.
    if (facts)
        facts->prefill(metadata);
    const QList<MetadataProblem> invalid = MetadataValidator::validate(
        *metadata, localFile.isEmpty() ? QString() : QFileInfo(localFile).fileName(),
        localFile.isEmpty() ? -1 : QFileInfo(localFile).size());
    if (!problems.isEmpty() || !invalid.isEmpty()) {
        for (const QString &p : std::as_const(problems.messages))
            m_output.error(p);
        for (const MetadataProblem &p : invalid)
            m_output.error(tr("%1: %2").arg(p.field, p.message));
        done(ExitInvalid);
        return false;
    }
    return true;
}

void CommandRunner::runUpload()
{
    const QString target = m_options.uploadTarget;
    UploadBatch batch;
    batch.destinations = target == QLatin1String("platform")    ? UploadDestination::PlatformFiles
                         : target == QLatin1String("analytics") ? UploadDestination::Analytics
                                                                : UploadDestination::Assistant;
    for (const QString &path : std::as_const(m_options.arguments)) {
        const QFileInfo info(path);
        if (!info.isFile() || !info.isReadable()) {
            m_output.error(tr("Cannot read %1: check that it exists and may be read.").arg(path));
            done(ExitInvalid);
            return;
        }
        UploadItem item;
        item.localPath = path;
        item.size = info.size();
        if (batch.destinations.testFlag(UploadDestination::Analytics) &&
            !buildMetadata(path, info.fileName(), &item.metadata))
            return;
        item.platformName = m_options.name;
        item.platformDetail = m_options.detail;
        batch.items.append(item);
    }
    runUploads(batch);
}

void CommandRunner::runSendToAnalytics()
{
    if (!parseIds(&m_ids))
        return;
    if (m_options.noLookup) {
        sendToAnalytics();
        return;
    }
    // The recordings first, then their calls and agents: the metadata is pre-filled from them.
    // A recording that cannot be read is sent without (the upload then says what is wrong).
    m_waiting = int(m_ids.size());
    for (const QUuid &id : std::as_const(m_ids)) {
        ApiReply *reply = m_connection.session()->platform()->getRecording(id);
        connect(reply, &ApiReply::finished, this, [this, reply, id] {
            if (reply->isOk()) {
                DecodeProblems problems;
                const Recording r = Recording::fromJson(
                    parseJsonObject(reply->body(), QStringLiteral("recording"), &problems), &problems);
                if (r.id == id)
                    m_fetched.insert(id, r);
            }
            if (--m_waiting == 0)
                lookUp(m_fetched.values(), [this] { sendToAnalytics(); });
        });
    }
}

void CommandRunner::sendToAnalytics()
{
    UploadBatch batch;
    batch.destinations = UploadDestination::Analytics;
    for (const QUuid &id : std::as_const(m_ids)) {
        UploadItem item;
        item.recordingId = id;
        const auto fetched = m_fetched.constFind(id);
        const std::optional<RecordingFacts> facts =
            fetched == m_fetched.cend() ? std::nullopt : std::optional(factsOf(*fetched));
        if (!buildMetadata(QString(), uuidToWire(id) + QStringLiteral(".wav"), &item.metadata,
                           facts ? &*facts : nullptr))
            return;
        batch.items.append(item);
    }
    runUploads(batch);
}

void CommandRunner::runUploads(const UploadBatch &batch)
{
    m_queue = m_connection.workspace()->transferQueue();
    m_queue->setConcurrency(m_options.concurrency);
    m_connection.workspace()->enqueueUploads(batch);
    runTransfers();
}

void CommandRunner::runTransfers()
{
    connect(m_queue, &TransferQueue::itemFailed, this,
            [this](const QUuid &id, const ApiError &error) { m_failures.insert(id, error); });
    connect(m_queue, &TransferQueue::itemChanged, this, [this] {
        if (m_output.showsProgress())
            m_output.progress(TransferSummary::of(m_queue->items()).progressText());
    });
    connect(m_queue, &TransferQueue::idle, this, [this] {
        m_output.endProgress();
        QJsonArray array;
        QList<QStringList> rows;
        int code = ExitOk;
        for (const TransferItem &item : m_queue->items()) {
            const bool ok = item.state == TransferItem::State::Completed;
            QJsonObject o{{QStringLiteral("name"), item.name},
                          {QStringLiteral("state"), TransferItem::toWire(item.state)},
                          {QStringLiteral("bytes"), double(item.bytesDone)}};
            if (item.direction == TransferItem::Direction::Download) {
                o.insert(QStringLiteral("id"), uuidToWire(item.remoteId));
                o.insert(QStringLiteral("path"), item.targetPath);
            } else {
                o.insert(QStringLiteral("file"), item.localPath);
                o.insert(QStringLiteral("result"), item.result);
            }
            if (!ok) {
                // A download of an id the platform does not have says so (an upload's 404 is not
                // about an id the user gave, except send-to-analytics' recording).
                const auto failure = m_failures.constFind(item.id);
                const QUuid asked =
                    item.direction == TransferItem::Direction::Download ? item.remoteId : item.recordingId;
                const QString notFound =
                    failure != m_failures.cend() ? notFoundText(*failure, asked) : QString();
                const QString error = notFound.isEmpty() ? item.error : notFound;
                o.insert(QStringLiteral("error"), error);
                m_output.error(tr("%1: %2").arg(item.name, error));
                if (code == ExitOk)
                    code =
                        m_failures.contains(item.id) ? exitCodeFor(m_failures.value(item.id)) : ExitFailure;
            }
            array.append(o);
            const QString where = item.direction == TransferItem::Direction::Download
                                      ? item.targetPath
                                      : item.result.value(QStringLiteral("id"))
                                            .toString(item.result.value(QStringLiteral("Id")).toString());
            rows.append(
                {item.name, TransferItem::stateName(item.state), QString::number(item.bytesDone), where});
        }
        if (m_output.isJson())
            m_output.json(array);
        else
            m_output.table({tr("NAME"), tr("STATE"), tr("BYTES"),
                            m_options.command == QLatin1String("files") ||
                                    m_options.command == QLatin1String("recordings")
                                ? tr("PATH")
                                : tr("REMOTE ID")},
                           rows);
        done(code);
    });
}

} // namespace recdesk::cli
