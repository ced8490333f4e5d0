#pragma once

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QtGlobal>
#include <cstdio>
#include <cstdlib>

// New and dropped databases on the test server (CAPPLANNER_TEST_SERVER, a postgresql:// location of
// its maintenance database, set by scripts/test-postgres.sh through scripts/test.sh).
namespace ServerDatabases {
// What a suite's "_postgres" variant exits with when no test server is set: ctest counts it as
// skipped (SKIP_RETURN_CODE in tests/CMakeLists.txt).
constexpr int SkipExitCode = 77;

// Before any test runs: a "_postgres" variant without CAPPLANNER_TEST_SERVER is skipped, or, under
// scripts/test.sh (CAPPLANNER_TEST_REQUIRE_SERVER=1), fails.
inline const bool serverChecked = [] {
    if (qEnvironmentVariable("CAPPLANNER_TEST_ENGINE") != u"postgres"
        || !qEnvironmentVariableIsEmpty("CAPPLANNER_TEST_SERVER"))
        return true;
    const char* what = "this suite's PostgreSQL variant needs CAPPLANNER_TEST_SERVER (a postgresql:// location of a "
                       "test server's maintenance database; scripts/test.sh starts a throw-away server and sets it)";
    if (qEnvironmentVariableIntValue("CAPPLANNER_TEST_REQUIRE_SERVER") != 0) {
        std::fprintf(stderr, "FAIL: %s\n", what);
        std::fflush(stderr);
        std::exit(1);
    }
    std::printf("SKIP: %s\n", what);
    std::fflush(stdout);
    std::exit(SkipExitCode);
}();

inline QSqlDatabase admin()
{
    const QString name = QStringLiteral("test-server-admin");
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    const QUrl url(qEnvironmentVariable("CAPPLANNER_TEST_SERVER"));
    if (url.isEmpty())
        qFatal("CAPPLANNER_TEST_ENGINE=postgres needs CAPPLANNER_TEST_SERVER: run the suite with scripts/test.sh, "
               "which starts a throw-away server");
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    db.setDatabaseName(url.path().mid(1));
    if (!db.open())
        qFatal("cannot reach the test server %s: %s", qPrintable(url.toString()), qPrintable(db.lastError().text()));
    return db;
}

// A new, empty database; its location.
inline QString create()
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("capplanner_t%1_%2")
                             .arg(QCoreApplication::applicationPid())
                             .arg(counter.fetchAndAddRelaxed(1));
    QSqlQuery query(admin());
    if (!query.exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
        qFatal("cannot create %s: %s", qPrintable(name), qPrintable(query.lastError().text()));
    QUrl url(qEnvironmentVariable("CAPPLANNER_TEST_SERVER"));
    url.setPath(u'/' + name);
    return url.toString();
}

inline void drop(const QString& location)
{
    const QString name = QUrl(location).path().mid(1);
    if (name.startsWith(u"capplanner_t"))
        QSqlQuery(admin()).exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
}
} // namespace ServerDatabases
