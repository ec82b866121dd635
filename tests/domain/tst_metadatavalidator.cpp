#include "domain/metadatavalidator.h"

#include <QTest>

using namespace recdesk;

namespace {
AnalyticsMetadata valid()
{
    AnalyticsMetadata m;
    m.fileName = QStringLiteral("calls/2024/call-0001.wav");
    m.uploadType = QStringLiteral("Audio");
    return m;
}

QStringList fieldsOf(const QList<MetadataProblem> &problems)
{
    QStringList fields;
    for (const auto &p : problems)
        fields.append(p.field);
    return fields;
}
} // namespace

class TestMetadataValidator : public QObject
{
    Q_OBJECT
private slots:
    void minimalIsValid();
    void rules_data();
    void rules();
    void everyProblemAtOnce();
    void extensionMustMatchUploadedFile();
    void sizeLimit();
    void interactionDateForms_data();
    void interactionDateForms();
    void uploadTypeFromExtension();
    void extensionNoTypeAllowsIsOneSentence();
};

void TestMetadataValidator::minimalIsValid()
{
    QVERIFY(MetadataValidator::validate(valid()).isEmpty());
    QVERIFY(MetadataValidator::validate(valid(), QStringLiteral("/tmp/x/Recording.WAV"), 1000).isEmpty());
}

// Each row changes one field of a valid metadata object and names the field that must be reported
// (empty: still valid).
void TestMetadataValidator::rules_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("reportedField");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("file name missing") << "FileName"
                                       << ""
                                       << "FileName"
                                       << "required";
    QTest::newRow("file name blank") << "FileName"
                                     << "   "
                                     << "FileName"
                                     << "required";
    QTest::newRow("file name no extension") << "FileName"
                                            << "call"
                                            << "FileName"
                                            << "not allowed";
    QTest::newRow("file name dotdot") << "FileName"
                                      << "../call.wav"
                                      << "FileName"
                                      << "not a valid path";
    QTest::newRow("file name leading slash") << "FileName"
                                             << "/call.wav"
                                             << "FileName"
                                             << "not a valid path";
    QTest::newRow("file name backslash") << "FileName"
                                         << "a\\call.wav"
                                         << "FileName"
                                         << "not a valid path";
    QTest::newRow("file name empty folder") << "FileName"
                                            << "a//call.wav"
                                            << "FileName"
                                            << "not a valid path";
    QTest::newRow("file name sub folders") << "FileName"
                                           << "top/sub/subsub/call.mp3"
                                           << ""
                                           << "";
    QTest::newRow("audio wav") << "FileName"
                               << "a.wav"
                               << ""
                               << "";
    QTest::newRow("audio mp3") << "FileName"
                               << "a.mp3"
                               << ""
                               << "";
    QTest::newRow("audio mp4") << "FileName"
                               << "a.mp4"
                               << ""
                               << "";
    QTest::newRow("audio ogg") << "FileName"
                               << "a.ogg"
                               << ""
                               << "";
    QTest::newRow("audio opus") << "FileName"
                                << "a.opus"
                                << ""
                                << "";
    QTest::newRow("audio m4a upper") << "FileName"
                                     << "a.M4A"
                                     << ""
                                     << "";
    QTest::newRow("audio zip") << "FileName"
                               << "a.zip"
                               << "FileName"
                               << ".wav, .mp3";
    QTest::newRow("audio flac") << "FileName"
                                << "a.flac"
                                << "FileName"
                                << "not allowed";
    QTest::newRow("upload type missing") << "UploadType"
                                         << ""
                                         << "UploadType"
                                         << "required";
    QTest::newRow("upload type lower") << "UploadType"
                                       << "audio"
                                       << "UploadType"
                                       << "not known";
    QTest::newRow("upload type video") << "UploadType"
                                       << "Video"
                                       << "UploadType"
                                       << "not known";
    QTest::newRow("chat for wav") << "UploadType"
                                  << "Chat"
                                  << "FileName"
                                  << ".tar, .zip";
    QTest::newRow("locale english") << "LocaleId"
                                    << "1033"
                                    << ""
                                    << "";
    QTest::newRow("locale spanish") << "LocaleId"
                                    << "2058"
                                    << ""
                                    << "";
    QTest::newRow("locale french") << "LocaleId"
                                   << "1036"
                                   << "LocaleId"
                                   << "1033";
    QTest::newRow("locale zero") << "LocaleId"
                                 << "0"
                                 << "LocaleId"
                                 << "not supported";
    QTest::newRow("direction inbound") << "CallDirection"
                                       << "Inbound"
                                       << ""
                                       << "";
    QTest::newRow("direction outbound") << "CallDirection"
                                        << "Outbound"
                                        << ""
                                        << "";
    QTest::newRow("direction lower") << "CallDirection"
                                     << "inbound"
                                     << "CallDirection"
                                     << "Inbound or Outbound";
    QTest::newRow("direction sideways") << "CallDirection"
                                        << "Internal"
                                        << "CallDirection"
                                        << "not known";
    QTest::newRow("hierarchy uuid") << "HierarchyId"
                                    << "00000000-0000-0000-0000-000000000002"
                                    << ""
                                    << "";
    QTest::newRow("hierarchy braces") << "HierarchyId"
                                      << "{00000000-0000-0000-0000-000000000002}"
                                      << ""
                                      << "";
    QTest::newRow("hierarchy text") << "HierarchyId"
                                    << "Accounting"
                                    << "HierarchyId"
                                    << "not a UUID";
    QTest::newRow("hierarchy short") << "HierarchyId"
                                     << "0000-0000"
                                     << "HierarchyId"
                                     << "not a UUID";
    QTest::newRow("email ok") << "Email"
                              << "alice@example.com"
                              << ""
                              << "";
    QTest::newRow("email plus sub") << "Email"
                                    << "a.b+c@mail.example.co.uk"
                                    << ""
                                    << "";
    QTest::newRow("email no at") << "Email"
                                 << "alice.example.com"
                                 << "Email"
                                 << "does not look";
    QTest::newRow("email no domain dot") << "Email"
                                         << "alice@example"
                                         << "Email"
                                         << "does not look";
    QTest::newRow("email two ats") << "Email"
                                   << "a@b@example.com"
                                   << "Email"
                                   << "does not look";
    QTest::newRow("email space") << "Email"
                                 << "al ice@example.com"
                                 << "Email"
                                 << "does not look";
    QTest::newRow("phone dashes") << "Phone"
                                  << "800-555-5555"
                                  << ""
                                  << "";
    QTest::newRow("phone intl") << "Phone"
                                << "+52 (55) 1234 5678"
                                << ""
                                << "";
    QTest::newRow("phone letters") << "Phone"
                                   << "call me"
                                   << "Phone"
                                   << "phone number";
    QTest::newRow("phone too short") << "Phone"
                                     << "12"
                                     << "Phone"
                                     << "phone number";
    QTest::newRow("phone too long") << "Phone"
                                    << "123456789012345678901234567890123"
                                    << "Phone"
                                    << "phone number";
    QTest::newRow("date bad") << "InteractionDate"
                              << "18/03/2022"
                              << "InteractionDate"
                              << "ISO 8601";
    QTest::newRow("extended empty key") << "Extended"
                                        << ""
                                        << "ExtendedMetadataValues"
                                        << "needs a key";
    QTest::newRow("extended duplicate") << "Extended"
                                        << "dup"
                                        << "ExtendedMetadataValues"
                                        << "used twice";
    QTest::newRow("extended ok") << "Extended"
                                 << "Queue"
                                 << ""
                                 << "";
}

void TestMetadataValidator::rules()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, reportedField);
    QFETCH(QString, messagePart);

    AnalyticsMetadata m = valid();
    if (key == QLatin1String("FileName"))
        m.fileName = value;
    else if (key == QLatin1String("UploadType"))
        m.uploadType = value;
    else if (key == QLatin1String("LocaleId"))
        m.localeId = value.toInt();
    else if (key == QLatin1String("CallDirection"))
        m.callDirection = value;
    else if (key == QLatin1String("HierarchyId"))
        m.hierarchyId = value;
    else if (key == QLatin1String("Email"))
        m.email = value;
    else if (key == QLatin1String("Phone"))
        m.phone = value;
    else if (key == QLatin1String("InteractionDate"))
        m.interactionDate = value;
    else if (key == QLatin1String("Extended")) {
        if (value == QLatin1String("dup"))
            m.extendedValues = {{QStringLiteral("dup"), QStringLiteral("1")},
                                {QStringLiteral("dup"), QStringLiteral("2")}};
        else
            m.extendedValues = {{value, QStringLiteral("v")}};
    }

    const QList<MetadataProblem> problems = MetadataValidator::validate(m);
    if (reportedField.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.isEmpty() ? QString() : problems.first().message));
        return;
    }
    QVERIFY2(fieldsOf(problems).contains(reportedField), qPrintable(fieldsOf(problems).join(u',')));
    bool found = false;
    for (const auto &p : problems)
        found = found || (p.field == reportedField && p.message.contains(messagePart));
    QVERIFY2(found, qPrintable(problems.first().message));
}

void TestMetadataValidator::everyProblemAtOnce()
{
    AnalyticsMetadata m;
    m.localeId = 9;
    m.email = QStringLiteral("x");
    m.phone = QStringLiteral("y");
    m.callDirection = QStringLiteral("z");
    m.hierarchyId = QStringLiteral("h");
    m.interactionDate = QStringLiteral("d");
    const QStringList fields = fieldsOf(MetadataValidator::validate(m));
    for (const char *f : {"FileName", "UploadType", "LocaleId", "Email", "Phone", "CallDirection",
                          "HierarchyId", "InteractionDate"})
        QVERIFY2(fields.contains(QLatin1String(f)), f);
}

void TestMetadataValidator::extensionMustMatchUploadedFile()
{
    const auto problems = MetadataValidator::validate(valid(), QStringLiteral("/home/a/call.mp3"));
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().field, QStringLiteral("FileName"));
    QVERIFY(problems.first().message.contains(QLatin1String(".wav")));
    QVERIFY(problems.first().message.contains(QLatin1String(".mp3")));
    QVERIFY(MetadataValidator::validate(valid(), QString()).isEmpty()); // signedUrl: nothing to match
}

void TestMetadataValidator::sizeLimit()
{
    QVERIFY(MetadataValidator::validate(valid(), QStringLiteral("a.wav"), MetadataValidator::kMaxUploadBytes)
                .isEmpty());
    const auto problems =
        MetadataValidator::validate(valid(), QStringLiteral("a.wav"), MetadataValidator::kMaxUploadBytes + 1);
    QCOMPARE(fieldsOf(problems), QStringList{QStringLiteral("file")});
}

void TestMetadataValidator::interactionDateForms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("accepted");
    // The four forms the service documents, then near misses.
    QTest::newRow("utc datetime") << "2022-03-18T21:52:26" << true;
    QTest::newRow("utc with fraction Z") << "2022-03-18T21:52:26.8816090Z" << true;
    QTest::newRow("date only") << "2022-03-19" << true;
    QTest::newRow("with offset") << "2022-03-18T17:56:09.8683110-04:00" << true;
    QTest::newRow("Z no fraction") << "2022-03-18T21:52:26Z" << true;
    QTest::newRow("space separator") << "2022-03-18 21:52:26" << false;
    QTest::newRow("no seconds") << "2022-03-18T21:52" << false;
    QTest::newRow("30 february") << "2022-02-30" << false;
    QTest::newRow("hour 25") << "2022-03-18T25:00:00" << false;
    QTest::newRow("compact") << "20220318T215226Z" << false;
    QTest::newRow("trailing text") << "2022-03-18T21:52:26Z now" << false;
}

void TestMetadataValidator::interactionDateForms()
{
    QFETCH(QString, text);
    QFETCH(bool, accepted);
    QCOMPARE(MetadataValidator::isInteractionDate(text), accepted);
}

void TestMetadataValidator::uploadTypeFromExtension()
{
    QCOMPARE(uploadTypeForFileName(QStringLiteral("/x/y/Call.OPUS")), QStringLiteral("Audio"));
    QCOMPARE(uploadTypeForFileName(QStringLiteral("chat.tar")), QStringLiteral("Chat"));
    QCOMPARE(uploadTypeForFileName(QStringLiteral("notes.txt")), QString());
    QCOMPARE(uploadTypeForFileName(QStringLiteral(".wav")), QString());
    QCOMPARE(uploadTypeForFileName(QStringLiteral("dir.wav/file")), QString());
    QCOMPARE(fileExtension(QStringLiteral("a.b.WAV")), QStringLiteral(".wav"));
}

// The app and recdeskctl derive the type from the extension: a .txt has none, and the one thing
// to say is which extensions are allowed (not "choose Audio or Chat", a choice nobody is offered).
void TestMetadataValidator::extensionNoTypeAllowsIsOneSentence()
{
    for (const QString &name : {QStringLiteral("notes.txt"), QStringLiteral("calls/call")}) {
        AnalyticsMetadata m;
        m.fileName = name;
        m.uploadType = uploadTypeForFileName(name);
        QVERIFY(m.uploadType.isEmpty());
        const auto problems = MetadataValidator::validate(m, name, 10);
        QCOMPARE(fieldsOf(problems), QStringList{QStringLiteral("FileName")});
        const QString message = problems.first().message;
        QVERIFY2(
            message.startsWith(name.endsWith(QLatin1String(".txt"))
                                   ? QStringLiteral("The extension \".txt\" is not allowed: use one of ")
                                   : QStringLiteral("The extension \"(none)\" is not allowed: use one of ")),
            qPrintable(message));
        QVERIFY2(message.contains(
                     QStringLiteral(".wav, .mp3, .mp4, .ogg, .opus, .m4a (Audio) or .tar, .zip (Chat)")),
                 qPrintable(message));
    }
    // No file name at all: the name is what is missing (and a type, which nothing could derive).
    AnalyticsMetadata blank;
    QVERIFY(fieldsOf(MetadataValidator::validate(blank)).contains(QStringLiteral("UploadType")));
}

QTEST_GUILESS_MAIN(TestMetadataValidator)
#include "tst_metadatavalidator.moc"
