#include "commandline.h"

#include "review/reviewstate.h"

#include <QCommandLineParser>

namespace recdesk::cli {

namespace {

struct MetadataFlag
{
    const char *option;
    const char *key;
    const char *description;
};

// Shortcuts for the commonest Upload Media metadata fields; --metadata takes all of them.
const MetadataFlag kMetadataFlags[] = {
    {"file-name", "FileName", "Analytics FileName (may carry sub-folders)."},
    {"agent-code", "AgentCode", "Analytics AgentCode."},
    {"agent-first-name", "AgentFirstName", "Analytics AgentFirstName."},
    {"agent-last-name", "AgentLastName", "Analytics AgentLastName."},
    {"direction", "CallDirection", "Analytics CallDirection: Inbound or Outbound."},
    {"interaction-date", "InteractionDate", "Analytics InteractionDate (ISO 8601)."},
    {"phone", "Phone", "Analytics Phone."},
    {"email", "Email", "Analytics Email."},
    {"locale", "LocaleId", "Analytics LocaleId: 1033 or 2058."},
    {"client-call-id", "ClientCallId", "Analytics ClientCallId."},
    {"hierarchy-code", "HierarchyCode", "Analytics HierarchyCode."},
};

} // namespace

QString CommandLine::usage()
{
    return tr(
        "Usage:\n"
        "  recdeskctl [--profile P | --demo] [--json] files list [--limit N]\n"
        "  recdeskctl [--profile P | --demo] files show ID\n"
        "  recdeskctl [--profile P | --demo] files download ID... [--to DIR]\n"
        "  recdeskctl [--profile P | --demo] files delete ID...\n"
        "  recdeskctl [--profile P | --demo] recordings list|show|download|delete ... [--no-lookup]\n"
        "  recdeskctl [--profile P | --demo] files|recordings list [--from DAY] [--to-day DAY]\n"
        "  recdeskctl [--profile P | --demo] upload --to platform|analytics|assistant FILE...\n"
        "             [--metadata meta.json | --agent-code C ...] [--name N] [--detail D]\n"
        "  recdeskctl [--profile P | --demo] send-to-analytics RECORDING_ID... [--metadata meta.json | ...]\n"
        "             [--no-lookup]   (metadata is pre-filled from the call and agent unless given)\n"
        "  recdeskctl [--profile P | --demo] reviews export [--format csv|json] [--output FILE]\n"
        "             [--state reviewed|flagged|not-reviewed] [--from DAY] [--to-day DAY]\n"
        "             (the reviews kept on this machine; no network, no sign-in)\n"
        "  recdeskctl profile list | show P | remove P\n"
        "  recdeskctl profile set P key=value...   (platform-url, auth=password|accesskey, username,\n"
        "             analytics-url, client-id, assistant-url, assistant-user, timeout, download-folder,\n"
        "             proxy=system|none|manual, proxy-host, proxy-port, proxy-user)\n"
        "  recdeskctl profile secret P platform-password|platform-access-key|analytics-client-secret|\n"
        "             assistant-api-key|proxy-password   (reads the value from standard input)\n"
        "Exit codes: 0 ok, 1 failure, 2 usage, 3 credentials refused, 4 not found, 5 service\n"
        "unavailable, 6 invalid input, 7 not allowed, 8 local file error, 130 cancelled.\n");
}

CommandLine::Result CommandLine::parse(const QStringList &arguments, CliOptions *o, QString *text)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Recdesk on the command line: browse, download and upload contact-center "
           "recordings and files.") +
        QLatin1Char('\n') + usage());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    const QCommandLineOption version(QStringList{QStringLiteral("v"), QStringLiteral("version")},
                                     tr("Show the version."));
    const QCommandLineOption profile(QStringLiteral("profile"), tr("Use the saved profile P."),
                                     QStringLiteral("P"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  tr("Start the built-in sandbox and use its demo accounts."));
    const QCommandLineOption demoDir(QStringLiteral("demo-dir"), tr("Data folder of the demo sandbox."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption demoLive(QStringLiteral("demo-live"),
                                      tr("Let the demo sandbox answer like the live services."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON instead of a table."));
    const QCommandLineOption quiet(QStringLiteral("quiet"),
                                   tr("No progress and no notes on standard error."));
    const QCommandLineOption progress(QStringLiteral("progress"),
                                      tr("Show progress even when standard error is not a terminal."));
    const QCommandLineOption noLookup(
        QStringLiteral("no-lookup"),
        tr("Recordings: do not look up calls and agents (no agent, customer, direction or outcome; "
           "send-to-analytics pre-fills nothing from the call)."));
    const QCommandLineOption from(
        QStringLiteral("from"),
        tr("List: items created on or after this day; reviews export: recordings started on "
           "or after it (YYYY-MM-DD, local time)."),
        QStringLiteral("DAY"));
    const QCommandLineOption until(
        QStringLiteral("to-day"),
        tr("List: items created on or before this day; reviews export: recordings started on "
           "or before it (YYYY-MM-DD, local time)."),
        QStringLiteral("DAY"));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("List at most N items."), QStringLiteral("N"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Download folder, or upload destination."),
                                QStringLiteral("DIR|DEST"));
    const QCommandLineOption metadata(QStringLiteral("metadata"), tr("Analytics metadata as a JSON file."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption name(QStringLiteral("name"), tr("Platform upload: the file's name."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption detail(QStringLiteral("detail"), tr("Platform upload: the file's detail."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption parallel(QStringLiteral("parallel"), tr("Transfers at once (default 3)."),
                                      QStringLiteral("N"));
    const QCommandLineOption format(
        QStringLiteral("format"), tr("reviews export: csv (the default) or json."), QStringLiteral("FORMAT"));
    const QCommandLineOption output(QStringLiteral("output"),
                                    tr("reviews export: write to this file instead of standard output."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption state(QStringLiteral("state"),
                                   tr("reviews export: only reviewed, flagged or not-reviewed recordings."),
                                   QStringLiteral("STATE"));
    parser.addOptions({help, version, profile, demo, demoDir, demoLive, json, quiet, progress, noLookup, from,
                       until, limit, to, metadata, name, detail, parallel});
    parser.addOptions({format, output, state});
    QList<QCommandLineOption> metadataOptions;
    for (const MetadataFlag &f : kMetadataFlags) {
        metadataOptions.append(
            QCommandLineOption(QString::fromLatin1(f.option), tr(f.description), QStringLiteral("VALUE")));
        parser.addOption(metadataOptions.last());
    }
    parser.addPositionalArgument(QStringLiteral("command"),
                                 tr("files, recordings, upload, send-to-analytics, reviews or profile."));

    if (!parser.parse(arguments)) {
        *text = parser.errorText();
        return Result::Error;
    }
    if (parser.isSet(help)) {
        *text = parser.helpText();
        return Result::Help;
    }
    if (parser.isSet(version)) {
        *text =
            QCoreApplication::applicationName() + QLatin1Char(' ') + QCoreApplication::applicationVersion();
        return Result::Version;
    }

    o->profile = parser.value(profile);
    o->demo = parser.isSet(demo);
    o->demoDir = parser.value(demoDir);
    o->demoLive = parser.isSet(demoLive);
    o->json = parser.isSet(json);
    o->quiet = parser.isSet(quiet);
    o->progress = parser.isSet(progress);
    o->noLookup = parser.isSet(noLookup);
    o->toDirectory = parser.value(to);
    o->uploadTarget = parser.value(to);
    o->metadataFile = parser.value(metadata);
    o->name = parser.value(name);
    o->detail = parser.value(detail);
    for (int i = 0; i < metadataOptions.size(); ++i)
        if (parser.isSet(metadataOptions.at(i)))
            o->metadataFlags.append(QString::fromLatin1(kMetadataFlags[i].key) + QLatin1Char('=') +
                                    parser.value(metadataOptions.at(i)));
    for (const auto &[option, day] : {std::pair{&from, &o->from}, std::pair{&until, &o->to}}) {
        if (!parser.isSet(*option))
            continue;
        *day = QDate::fromString(parser.value(*option), Qt::ISODate);
        if (!day->isValid()) {
            *text =
                tr("--%1 needs a day written YYYY-MM-DD, e.g. 2026-11-24.").arg(option->names().constFirst());
            return Result::Error;
        }
    }
    if (o->from.isValid() && o->to.isValid() && o->to < o->from) {
        *text = tr("--to-day is before --from: the range would be empty.");
        return Result::Error;
    }
    bool ok = true;
    if (parser.isSet(limit)) {
        o->limit = parser.value(limit).toInt(&ok);
        if (!ok || o->limit < 1) {
            *text = tr("--limit needs a whole number above zero.");
            return Result::Error;
        }
    }
    if (parser.isSet(parallel)) {
        o->concurrency = parser.value(parallel).toInt(&ok);
        if (!ok || o->concurrency < 1 || o->concurrency > 16) {
            *text = tr("--parallel needs a number from 1 to 16.");
            return Result::Error;
        }
    }
    if (parser.isSet(format)) {
        o->exportFormat = parser.value(format);
        if (o->exportFormat != QLatin1String("csv") && o->exportFormat != QLatin1String("json")) {
            *text = tr("--format needs csv or json.");
            return Result::Error;
        }
        if (o->json && o->exportFormat != QLatin1String("json")) {
            *text = tr("--json and --format csv ask for two formats: give one.");
            return Result::Error;
        }
    } else if (o->json) {
        o->exportFormat = QStringLiteral("json");
    }
    o->outputFile = parser.value(output);
    if (parser.isSet(output) && o->outputFile.isEmpty()) {
        *text = tr("--output needs a file name.");
        return Result::Error;
    }
    if (parser.isSet(state)) {
        o->reviewState = parser.value(state);
        ReviewState parsed = ReviewState::NotReviewed;
        if (!reviewStateFromKey(o->reviewState, &parsed)) {
            *text = tr("--state needs reviewed, flagged or not-reviewed.");
            return Result::Error;
        }
    }
    if (o->demo && !o->profile.isEmpty()) {
        *text = tr("Use either --profile or --demo, not both.");
        return Result::Error;
    }

    QStringList words = parser.positionalArguments();
    if (words.isEmpty()) {
        *text = tr("Missing command.") + QLatin1Char('\n') + usage();
        return Result::Error;
    }
    o->command = words.takeFirst();
    const QStringList itemActions = {QStringLiteral("list"), QStringLiteral("show"),
                                     QStringLiteral("download"), QStringLiteral("delete")};
    if (o->command == QLatin1String("files") || o->command == QLatin1String("recordings")) {
        if (words.isEmpty() || !itemActions.contains(words.first())) {
            *text = tr("%1 needs one of: list, show, download, delete.").arg(o->command);
            return Result::Error;
        }
        o->action = words.takeFirst();
        if (o->action != QLatin1String("list") && words.isEmpty()) {
            *text = tr("%1 %2 needs at least one id.").arg(o->command, o->action);
            return Result::Error;
        }
        if (o->action == QLatin1String("show") && words.size() != 1) {
            *text = tr("%1 show takes exactly one id.").arg(o->command);
            return Result::Error;
        }
    } else if (o->command == QLatin1String("upload")) {
        const QStringList targets = {QStringLiteral("platform"), QStringLiteral("analytics"),
                                     QStringLiteral("assistant")};
        if (!targets.contains(o->uploadTarget)) {
            *text = tr("upload needs --to platform, analytics or assistant.");
            return Result::Error;
        }
        if (words.isEmpty()) {
            *text = tr("upload needs at least one file.");
            return Result::Error;
        }
    } else if (o->command == QLatin1String("send-to-analytics")) {
        if (words.isEmpty()) {
            *text = tr("send-to-analytics needs at least one recording id.");
            return Result::Error;
        }
    } else if (o->command == QLatin1String("reviews")) {
        if (words.size() != 1 || words.first() != QLatin1String("export")) {
            *text = tr("reviews needs one action: export.");
            return Result::Error;
        }
        o->action = words.takeFirst();
    } else if (o->command == QLatin1String("profile")) {
        const QStringList actions = {QStringLiteral("list"), QStringLiteral("show"), QStringLiteral("set"),
                                     QStringLiteral("remove"), QStringLiteral("secret")};
        if (words.isEmpty() || !actions.contains(words.first())) {
            *text = tr("profile needs one of: list, show, set, remove, secret.");
            return Result::Error;
        }
        o->action = words.takeFirst();
        if (o->action != QLatin1String("list") && words.isEmpty()) {
            *text = tr("profile %1 needs a profile name.").arg(o->action);
            return Result::Error;
        }
        if (o->action == QLatin1String("set"))
            o->profileSettings = words.mid(1);
        if (o->action == QLatin1String("secret")) {
            if (words.size() != 2) {
                *text = tr("profile secret needs a profile name and a secret kind.");
                return Result::Error;
            }
            o->secretName = words.at(1);
        }
        words = words.mid(0, 1);
    } else {
        *text = tr("Unknown command \"%1\".").arg(o->command) + QLatin1Char('\n') + usage();
        return Result::Error;
    }
    o->arguments = words;
    return Result::Run;
}

} // namespace recdesk::cli
