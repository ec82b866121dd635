// The translations CI check (tests/i18n/CMakeLists.txt):
//   tscheck LUPDATE SOURCES.lst WORKDIR TS... [--plural-only TS]
// copies each committed .ts file into WORKDIR, runs lupdate over the current sources into the
// copy (keeping obsolete entries, so that stale ones show), and lists every problem.
#include <algorithm>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>
#include <QTextStream>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString location;
    QString type;
    QStringList translations; // one, or one per plural form
};

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?([1-9][0-9]?|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    found.removeDuplicates();
    return found;
}

QString placeholderText(const QString &text)
{
    const QStringList found = placeholders(text);
    return found.isEmpty() ? QStringLiteral("(none)") : found.join(QLatin1Char(' '));
}

// A mnemonic is a single '&' before a character; "&&" is a literal ampersand.
bool hasMnemonic(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("&[^&\\s]"));
    QString rest = text;
    rest.remove(QStringLiteral("&&"));
    return !text.contains(QLatin1Char('<')) && pattern.match(rest).hasMatch();
}

QChar finalMark(const QString &text)
{
    const QString trimmed = text.trimmed();
    const QChar last = trimmed.isEmpty() ? QChar() : trimmed.back();
    return QStringLiteral(".:?!…").contains(last) ? last : QChar();
}

QList<Message> readMessages(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
            continue;
        }
        if (xml.name() != QLatin1String("message"))
            continue;
        Message m;
        m.context = context;
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("source")) {
                m.source = xml.readElementText();
            } else if (xml.name() == QLatin1String("location") && m.location.isEmpty()) {
                m.location = QDir::cleanPath(QFileInfo(path).dir().absoluteFilePath(
                                 xml.attributes().value(QLatin1String("filename")).toString())) +
                             QLatin1Char(':') + xml.attributes().value(QLatin1String("line")).toString();
                xml.skipCurrentElement();
            } else if (xml.name() == QLatin1String("translation")) {
                m.type = xml.attributes().value(QLatin1String("type")).toString();
                QString text;
                while (xml.readNext() != QXmlStreamReader::EndElement ||
                       xml.name() != QLatin1String("translation")) {
                    if (xml.isCharacters())
                        text += xml.text();
                    else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                        m.translations.append(xml.readElementText());
                    if (xml.atEnd())
                        break;
                }
                if (m.translations.isEmpty())
                    m.translations.append(text);
            } else {
                xml.skipCurrentElement();
            }
        }
        messages.append(m);
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QStringList problemsOf(const Message &m)
{
    if (m.type == QLatin1String("unfinished"))
        return {QStringLiteral("not translated")};
    if (m.type == QLatin1String("obsolete") || m.type == QLatin1String("vanished"))
        return {QStringLiteral("no longer in the sources (%1)").arg(m.type)};
    QStringList problems;
    for (const QString &t : m.translations) {
        if (t.isEmpty()) {
            problems.append(QStringLiteral("empty translation"));
            continue;
        }
        if (placeholders(t) != placeholders(m.source))
            problems.append(QStringLiteral("placeholders %1 in \"%2\", the source has %3")
                                .arg(placeholderText(t), t, placeholderText(m.source)));
        if (hasMnemonic(t) != hasMnemonic(m.source))
            problems.append(
                QStringLiteral("keyboard accelerator (&) in only one of source and \"%1\"").arg(t));
        if (finalMark(t) != finalMark(m.source))
            problems.append(QStringLiteral("final punctuation of \"%1\" differs from the source").arg(t));
    }
    return problems;
}

// Returns the number of messages with problems, or -1 when the check itself could not run.
int check(const QString &lupdate, const QString &list, const QString &workDir, const QString &committed,
          bool pluralOnly)
{
    const QString copy = QDir(workDir).filePath(QFileInfo(committed).fileName());
    QFile::remove(copy);
    if (!QDir().mkpath(workDir) || !QFile::copy(committed, copy)) {
        err() << "Cannot copy " << committed << " to " << copy << '\n';
        return -1;
    }
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QStringList args{QLatin1Char('@') + list,      QStringLiteral("-ts"),      copy,
                     QStringLiteral("-locations"), QStringLiteral("absolute"), QStringLiteral("-silent")};
    if (pluralOnly)
        args.append(QStringLiteral("-pluralonly"));
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(lupdate, args);
    if (!process.waitForFinished(100000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        err() << "lupdate failed on " << copy << ": " << process.errorString() << '\n';
        return -1;
    }
    QString error;
    const QList<Message> messages = readMessages(copy, &error);
    if (!error.isEmpty() || messages.isEmpty()) {
        err() << "Cannot read " << copy << ": " << (error.isEmpty() ? QStringLiteral("no messages") : error)
              << '\n';
        return -1;
    }
    int bad = 0;
    for (const Message &m : messages) {
        const QStringList problems = problemsOf(m);
        if (problems.isEmpty())
            continue;
        ++bad;
        err() << QFileInfo(committed).fileName() << ": [" << m.context << "] \"" << m.source << '"';
        if (!m.location.isEmpty())
            err() << " (" << m.location << ')';
        err() << "\n    " << problems.join(QStringLiteral("\n    ")) << '\n';
    }
    QTextStream(stdout) << QFileInfo(committed).fileName() << ": " << messages.size() << " messages, " << bad
                        << " with problems\n";
    return bad;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.size() < 4) {
        err() << "usage: tscheck LUPDATE SOURCES.lst WORKDIR TS... [--plural-only TS]\n";
        return 2;
    }
    const QString lupdate = args.takeFirst();
    const QString list = args.takeFirst();
    const QString workDir = args.takeFirst();
    int bad = 0;
    bool failed = false;
    bool pluralOnly = false;
    for (const QString &arg : std::as_const(args)) {
        if (arg == QLatin1String("--plural-only")) {
            pluralOnly = true;
            continue;
        }
        const int result = check(lupdate, list, workDir, arg, pluralOnly);
        failed = failed || result < 0;
        bad += std::max(result, 0);
        pluralOnly = false;
    }
    if (bad > 0)
        err() << "\nRun: cmake --build <build dir> --target update_translations, translate the entries above "
                 "(translations/README.md), and commit translations/*.ts.\n";
    return failed || bad > 0 ? 1 : 0;
}
