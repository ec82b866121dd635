#include "secretstore.h"

#include "settingslogging.h"

#include <memory>
#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace recdesk {

namespace {

const SecretStore::Secret kAll[] = {
    SecretStore::Secret::PlatformPassword,  SecretStore::Secret::PlatformToken,
    SecretStore::Secret::PlatformAccessKey, SecretStore::Secret::AnalyticsClientSecret,
    SecretStore::Secret::AssistantApiKey,   SecretStore::Secret::ProxyPassword};

QString *fieldOf(ProfileSecrets *s, SecretStore::Secret secret)
{
    switch (secret) {
    case SecretStore::Secret::PlatformPassword:
        return &s->platformPassword;
    case SecretStore::Secret::PlatformToken:
        return &s->platformToken;
    case SecretStore::Secret::PlatformAccessKey:
        return &s->platformAccessKey;
    case SecretStore::Secret::AnalyticsClientSecret:
        return &s->analyticsClientSecret;
    case SecretStore::Secret::AssistantApiKey:
        return &s->assistantApiKey;
    case SecretStore::Secret::ProxyPassword:
        return &s->proxyPassword;
    }
    return nullptr;
}

// Runs `count` callbacks' worth of work and calls done once, with the first error.
struct Countdown
{
    int left = 0;
    QString firstError;
    std::function<void(const QString &)> done;
    void finishOne(const QString &error)
    {
        if (!error.isEmpty() && firstError.isEmpty())
            firstError = error;
        if (--left == 0)
            done(firstError);
    }
};

} // namespace

// keychainJobsOutliveTheStore: a QtKeychain job must never be deleted while it runs. With the
// secret service (libsecret) its answer arrives later on the event loop and is delivered to the
// job it started with; a job deleted meanwhile (it was a child of a store that went away, e.g.
// with its window) is written to after it was freed, a crash in whatever runs next. So jobs
// have no parent and delete themselves once finished (setAutoDelete); the store's callbacks are
// connected with the store as context, so a store that is gone simply gets no answer.
SecretStore::SecretStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{}

QString SecretStore::keyFor(const QString &profile, Secret secret)
{
    static const char *const names[] = {"platform-password",       "platform-token",    "platform-access-key",
                                        "analytics-client-secret", "assistant-api-key", "proxy-password"};
    return profile + QLatin1Char('/') + QLatin1String(names[int(secret)]);
}

void SecretStore::read(const QString &profile, Secret secret, const ReadDone &done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service); // no parent: see keychainJobsOutliveTheStore
    job->setAutoDelete(true);
    job->setKey(keyFor(profile, secret));
    connect(job, &QKeychain::Job::finished, this, [done, job] {
        if (job->error() == QKeychain::NoError)
            done(job->textData(), QString());
        else if (job->error() == QKeychain::EntryNotFound)
            done(QString(), QString());
        else
            done(QString(),
                 job->errorString().isEmpty() ? tr("The keychain is not available") : job->errorString());
    });
    job->start();
}

void SecretStore::write(const QString &profile, Secret secret, const QString &value, const Done &done)
{
    QKeychain::Job *job = nullptr;
    if (value.isEmpty()) {
        auto *del = new QKeychain::DeletePasswordJob(m_service); // no parent: see keychainJobsOutliveTheStore
        del->setKey(keyFor(profile, secret));
        job = del;
    } else {
        auto *w = new QKeychain::WritePasswordJob(m_service); // no parent: see keychainJobsOutliveTheStore
        w->setKey(keyFor(profile, secret));
        w->setTextData(value);
        job = w;
    }
    job->setAutoDelete(true);
    const bool deleting = value.isEmpty();
    connect(job, &QKeychain::Job::finished, this, [done, job, deleting] {
        const auto e = job->error();
        if (e == QKeychain::NoError || (deleting && e == QKeychain::EntryNotFound))
            done(QString());
        else
            done(job->errorString().isEmpty() ? tr("The keychain is not available") : job->errorString());
    });
    qCDebug(lcSettings) << (deleting ? "deleting" : "storing") << "secret" << keyFor(profile, secret);
    job->start();
}

void SecretStore::readAll(const QString &profile, const ReadAllDone &done)
{
    auto secrets = std::make_shared<ProfileSecrets>();
    auto countdown = std::make_shared<Countdown>();
    countdown->left = int(std::size(kAll));
    countdown->done = [secrets, done](const QString &error) { done(*secrets, error); };
    for (Secret s : kAll)
        read(profile, s, [secrets, countdown, s](const QString &value, const QString &error) {
            *fieldOf(secrets.get(), s) = value;
            countdown->finishOne(error);
        });
}

void SecretStore::writeAll(const QString &profile, const ProfileSecrets &secrets, const Done &done)
{
    auto countdown = std::make_shared<Countdown>();
    countdown->left = int(std::size(kAll));
    countdown->done = done;
    ProfileSecrets copy = secrets;
    for (Secret s : kAll)
        write(profile, s, *fieldOf(&copy, s),
              [countdown](const QString &error) { countdown->finishOne(error); });
}

void SecretStore::removeAll(const QString &profile, const Done &done)
{
    writeAll(profile, ProfileSecrets(), done);
}

QString SecretStore::readBlocking(const QString &profile, Secret secret, QString *error)
{
    QEventLoop loop;
    QString result;
    read(profile, secret, [&](const QString &value, const QString &e) {
        result = value;
        if (error)
            *error = e;
        loop.quit();
    });
    loop.exec();
    return result;
}

bool SecretStore::writeBlocking(const QString &profile, Secret secret, const QString &value, QString *error)
{
    QEventLoop loop;
    QString e;
    write(profile, secret, value, [&](const QString &err) {
        e = err;
        loop.quit();
    });
    loop.exec();
    if (error)
        *error = e;
    return e.isEmpty();
}

ProfileSecrets SecretStore::readAllBlocking(const QString &profile, QString *error)
{
    QEventLoop loop;
    ProfileSecrets result;
    readAll(profile, [&](const ProfileSecrets &s, const QString &e) {
        result = s;
        if (error)
            *error = e;
        loop.quit();
    });
    loop.exec();
    return result;
}

} // namespace recdesk
