#include "domain/metadatavalidator.h"
#include "ui_uploaddialog.h"
#include "uploaddialog.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace recdesk;
using namespace recdesk::gui;

class TestUploadDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static bool visibleLabelWith(const QDialog &d, const QString &text)
    {
        for (const QLabel *l : d.findChildren<QLabel *>())
            if (l->isVisible() && l->text() == text)
                return true;
        return false;
    }

    QString makeFile(const QString &name, int bytes = 64)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(QByteArray(bytes, 'x'));
        return path;
    }

    // The message the domain layer gives for this metadata and field.
    static QString expected(const AnalyticsMetadata &m, const QString &field,
                            const QString &upload = QString())
    {
        QStringList out;
        for (const MetadataProblem &p : MetadataValidator::validate(m, upload))
            if (p.field == field)
                out.append(p.message);
        return out.join(QLatin1Char('\n'));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void inferredTypeAndReady()
    {
        UploadDialog d;
        d.addFiles({makeFile(QStringLiteral("call-1.wav")), makeFile(QStringLiteral("chat-1.zip"))});
        QCOMPARE(d.fileCount(), 2);
        const UploadBatch b = d.batch();
        QCOMPARE(b.items.size(), 2);
        QCOMPARE(b.items.at(0).metadata.uploadType, QStringLiteral("Audio"));
        QCOMPARE(b.items.at(1).metadata.uploadType, QStringLiteral("Chat"));
        QCOMPARE(b.items.at(0).metadata.fileName, QStringLiteral("call-1.wav"));
        QVERIFY(d.canAccept());
        QVERIFY(d.ui()->buttonBox->button(QDialogButtonBox::Ok)->isEnabled());
        // The same file twice is one item.
        d.addFiles({m_dir.filePath(QStringLiteral("call-1.wav"))});
        QCOMPARE(d.fileCount(), 2);
    }

    void emailMessageInline()
    {
        UploadDialog d;
        d.show();
        d.addFiles({makeFile(QStringLiteral("a.wav"))});
        d.ui()->emailEdit->setText(QStringLiteral("not-an-address"));
        AnalyticsMetadata m;
        m.fileName = QStringLiteral("a.wav");
        m.uploadType = QStringLiteral("Audio");
        m.email = QStringLiteral("not-an-address");
        const QString message = expected(m, QStringLiteral("Email"));
        QVERIFY(!message.isEmpty());
        QCOMPARE(d.fieldError(QStringLiteral("Email")), message);
        // Shown right there in the form, and Upload is off.
        const QList<QLabel *> labels = d.findChildren<QLabel *>();
        bool shown = false;
        for (QLabel *l : labels)
            shown = shown || (l->isVisible() && l->text() == message);
        QVERIFY(shown);
        QVERIFY(!d.ui()->buttonBox->button(QDialogButtonBox::Ok)->isEnabled());
        // Fixing it clears the message.
        d.ui()->emailEdit->setText(QStringLiteral("agent@example.com"));
        QVERIFY(d.fieldError(QStringLiteral("Email")).isEmpty());
        QVERIFY(d.canAccept());
    }

    void problemWaitsUntilTheFieldIsLeft()
    {
        // A message that appears on the first keystroke moves the form under the pointer: a typed
        // field's new problem shows when the user leaves the field, and hides as soon as mended.
        UploadDialog d;
        d.show();
        d.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&d));
        d.addFiles({makeFile(QStringLiteral("a.wav"))});
        QLineEdit *email = d.ui()->emailEdit;
        email->setFocus();
        QTRY_VERIFY(email->hasFocus());
        QTest::keyClicks(email, QStringLiteral("ana@"));
        QVERIFY(!d.fieldError(QStringLiteral("Email")).isEmpty()); // known, and Upload is off
        QVERIFY(!d.ui()->buttonBox->button(QDialogButtonBox::Ok)->isEnabled());
        QVERIFY(!visibleLabelWith(d, d.fieldError(QStringLiteral("Email"))));
        d.ui()->phoneEdit->setFocus(); // leaving the field
        QTRY_VERIFY(visibleLabelWith(d, d.fieldError(QStringLiteral("Email"))));
        // Back in it: the message stays while mending, and goes once mended.
        email->setFocus();
        QTRY_VERIFY(email->hasFocus());
        QTest::keyClicks(email, QStringLiteral("ex"));
        QVERIFY(visibleLabelWith(d, d.fieldError(QStringLiteral("Email"))));
        QTest::keyClicks(email, QStringLiteral("ample.com"));
        QVERIFY(d.fieldError(QStringLiteral("Email")).isEmpty());
        QVERIFY(d.canAccept());
    }

    void shortWindowScrollsInsteadOfSqueezing()
    {
        // Several problems at once in a window shorter than the form: every field and every
        // message keeps the height it needs, and the details scroll.
        UploadDialog d;
        d.addFiles({makeFile(QStringLiteral("a.wav")), makeFile(QStringLiteral("notes.txt"))});
        d.ui()->emailEdit->setText(QStringLiteral("bad@"));
        d.ui()->hierarchyIdEdit->setText(QStringLiteral("xyz"));
        d.ui()->phoneEdit->setText(QStringLiteral("call me"));
        d.show();
        d.resize(760, 560);
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QTRY_COMPARE(d.height(), 560);
        QCoreApplication::processEvents();
        int messages = 0;
        for (QLineEdit *edit : d.findChildren<QLineEdit *>())
            if (edit->isVisible() &&
                !edit->objectName().startsWith(QLatin1String("qt_"))) // not a spin box's own
                QVERIFY2(edit->height() >= edit->minimumSizeHint().height(), qPrintable(edit->objectName()));
        for (QLabel *label : d.findChildren<QLabel *>()) {
            if (!label->isVisible() || !label->wordWrap() || label->text().isEmpty())
                continue;
            ++messages;
            QVERIFY2(label->height() >= label->heightForWidth(label->width()), qPrintable(label->text()));
        }
        QVERIFY(messages >= 3);
    }

    void perFileNameMustKeepExtension()
    {
        UploadDialog d;
        d.addFiles({makeFile(QStringLiteral("b.wav")), makeFile(QStringLiteral("c.mp3"))});
        QVERIFY(d.canAccept());
        // Rename the second file in analytics to another extension.
        d.ui()->filesTable->item(1, 1)->setText(QStringLiteral("folder/c.ogg"));
        QCOMPARE(d.batch().items.at(1).metadata.fileName, QStringLiteral("folder/c.ogg"));
        QVERIFY(!d.canAccept());
        const QString error = d.fieldError(QStringLiteral("FileName"));
        QVERIFY2(error.contains(QStringLiteral("c.mp3")), qPrintable(error)); // names the file
        AnalyticsMetadata m;
        m.fileName = QStringLiteral("folder/c.ogg");
        m.uploadType = QStringLiteral("Audio");
        const QString domain =
            expected(m, QStringLiteral("FileName"), m_dir.filePath(QStringLiteral("c.mp3")));
        QVERIFY(!domain.isEmpty());
        QVERIFY2(error.contains(domain), qPrintable(error));
    }

    void unsupportedExtension()
    {
        UploadDialog d;
        d.addFiles({makeFile(QStringLiteral("notes.txt"))});
        QVERIFY(!d.canAccept());
        // The Type cell says "Not allowed"; the files label says which extensions are, and asks
        // for no type (the type is not a choice here).
        QCOMPARE(d.ui()->filesTable->item(0, 2)->text(), QStringLiteral("Not allowed"));
        const QString error = d.fieldError(QStringLiteral("FileName"));
        QVERIFY2(error.startsWith(QStringLiteral("The extension \".txt\" is not allowed: use one of ")),
                 qPrintable(error));
        QVERIFY(d.fieldError(QStringLiteral("UploadType")).isEmpty());
        // Not going to analytics: no metadata rules apply.
        d.setDestinations(UploadDestination::Assistant);
        QVERIFY(d.problems().isEmpty());
        QVERIFY(d.canAccept());
        QVERIFY(!d.ui()->metadataGroup->isEnabled());
    }

    void hierarchyAndExtendedValues()
    {
        UploadDialog d;
        d.addFiles({makeFile(QStringLiteral("d.wav"))});
        d.ui()->hierarchyIdEdit->setText(QStringLiteral("nope"));
        QVERIFY(!d.fieldError(QStringLiteral("HierarchyId")).isEmpty());
        d.ui()->hierarchyIdEdit->setText(QStringLiteral("00000000-0000-0000-0000-000000000002"));
        QVERIFY(d.fieldError(QStringLiteral("HierarchyId")).isEmpty());
        d.ui()->applyToAgentCheck->setChecked(true);
        d.ui()->extendedTable->setValues({{QStringLiteral("team"), QStringLiteral("blue")},
                                          {QStringLiteral("team"), QStringLiteral("red")}});
        QVERIFY(!d.fieldError(QStringLiteral("ExtendedMetadataValues")).isEmpty());
        d.ui()->extendedTable->setValues({{QStringLiteral("team"), QStringLiteral("blue")}});
        QVERIFY(d.canAccept());
        const AnalyticsMetadata m = d.batch().items.constFirst().metadata;
        QCOMPARE(m.applyHierarchyToAgent, std::optional<bool>(true));
        QCOMPARE(m.extendedValues.size(), 1);
        QCOMPARE(m.effectiveLocaleId(), AnalyticsMetadata::kEnglish);
        d.ui()->localeCombo->setCurrentIndex(1);
        QCOMPARE(d.batch().items.constFirst().metadata.effectiveLocaleId(), AnalyticsMetadata::kSpanish);
        d.ui()->interactionDateCheck->setChecked(true);
        QVERIFY(MetadataValidator::isInteractionDate(d.batch().items.constFirst().metadata.interactionDate));
    }

    void sendRecordingBySignedUrl()
    {
        Recording r;
        r.id = QUuid::createUuid();
        r.status = RecordingStatus::Ended;
        r.referenceId = QUuid::createUuid();
        r.started = Timestamp::fromMicroseconds(1'700'000'000'000'000);
        UploadDialog d;
        const QUrl url(QStringLiteral("http://127.0.0.1:1/signed/abc?sig=1"));
        d.setRecording(r, url);
        QCOMPARE(d.destinations(), UploadDestinations(UploadDestination::Analytics));
        QVERIFY(!d.ui()->platformCheck->isEnabled());
        const UploadBatch b = d.batch();
        QCOMPARE(b.items.size(), 1);
        QCOMPARE(b.items.constFirst().signedUrl, url);
        QVERIFY(b.items.constFirst().localPath.isEmpty());
        QCOMPARE(b.items.constFirst().metadata.clientCallId, r.referenceId.toString(QUuid::WithoutBraces));
        QVERIFY(b.items.constFirst().metadata.interactionDate.startsWith(QStringLiteral("2023-11-14T")));
        QVERIFY(d.canAccept());
    }

    void sendRecordingPrefilledFromItsCall()
    {
        Recording r;
        r.id = QUuid::createUuid();
        r.status = RecordingStatus::Ended;
        r.referenceType = RecordingReferenceType::Call;
        r.referenceId = QUuid::createUuid();
        r.ownerType = OwnerType::Agent;
        r.ownerId = QUuid::createUuid();
        r.started = Timestamp::fromMicroseconds(1'700'000'000'000'000);
        RecordingFacts facts;
        facts.callId = r.referenceId;
        facts.callKnown = true;
        facts.direction = CallDirection::Outgoing;
        facts.customerNumber = QStringLiteral("+34600111222");
        facts.customerIsPhone = true;
        facts.customerName = QStringLiteral("Laura Gómez");
        facts.agentId = r.ownerId;
        facts.agentKnown = true;
        facts.agentFirstName = QStringLiteral("Ana");
        facts.agentLastName = QStringLiteral("María López");
        facts.agentUsername = QStringLiteral("ana.lopez");
        facts.started = r.started;
        UploadDialog d;
        d.setRecording(r, QUrl(QStringLiteral("http://127.0.0.1:1/signed/abc?sig=1")), facts);
        QCOMPARE(d.ui()->directionCombo->currentData().toString(), QStringLiteral("Outbound"));
        QCOMPARE(d.ui()->phoneEdit->text(), QStringLiteral("+34600111222"));
        QCOMPARE(d.ui()->customerNameEdit->text(), QStringLiteral("Laura Gómez"));
        QCOMPARE(d.ui()->agentFirstNameEdit->text(), QStringLiteral("Ana"));
        QCOMPARE(d.ui()->agentLastNameEdit->text(), QStringLiteral("María López"));
        QCOMPARE(d.ui()->agentCodeEdit->text(), QStringLiteral("ana.lopez"));
        QVERIFY(d.canAccept());
        const AnalyticsMetadata m = d.batch().items.constFirst().metadata;
        QCOMPARE(m.callDirection, QStringLiteral("Outbound"));
        QCOMPARE(m.agentCode, QStringLiteral("ana.lopez"));
        QCOMPARE(m.clientCallId, uuidToWire(r.referenceId));
        // Pre-filled fields stay editable and are validated as typed ones.
        QVERIFY(d.ui()->phoneEdit->isEnabled() && !d.ui()->phoneEdit->isReadOnly());
        d.ui()->phoneEdit->setText(QStringLiteral("call me maybe"));
        QVERIFY(!d.canAccept());
        d.ui()->phoneEdit->setText(QStringLiteral("+34 600 111 333"));
        d.ui()->agentCodeEdit->setText(QStringLiteral("ana"));
        QVERIFY(d.canAccept());
        QCOMPARE(d.batch().items.constFirst().metadata.agentCode, QStringLiteral("ana"));
        QCOMPARE(d.batch().items.constFirst().metadata.phone, QStringLiteral("+34 600 111 333"));
    }

    void nothingToSend()
    {
        UploadDialog d;
        QVERIFY(!d.canAccept());
        d.addFiles({makeFile(QStringLiteral("e.wav"))});
        d.setDestinations({});
        QVERIFY(!d.canAccept());
    }
};

QTEST_MAIN(TestUploadDialog)
#include "tst_uploaddialog.moc"
