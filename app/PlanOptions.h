#pragma once

#include "planning/PasswordWhatIf.h"
#include "planning/TransitionPlan.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <optional>

// The options that describe a transition plan or a password what-if, shared by plan,
// whatif-password and report. read() prints what is wrong and returns nothing on a usage error.
namespace CommandLine {
// A usage error kept instead of printed, with the option it concerns (without "--"): how
// `campaign` checks each row of its CSV as `plan` checks its options and names the column.
struct OptionError
{
    QString option;
    QString message;
};

struct TimingOptions
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    TimingOptions();
    QCommandLineOption propagation, ccim, retry, margin;
    void addTo(QCommandLineParser& parser, bool withMargin) const;
    std::optional<TimingParameters> read(
        const QCommandLineParser& parser, bool withMargin, OptionError* error = nullptr) const;
};

struct PlanOptions
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    PlanOptions();
    QCommandLineOption site, kind, retire, add, start, removal, peak, connections, offline, blackout;
    TimingOptions timing;
    void addTo(QCommandLineParser& parser) const;
    bool anySet(const QCommandLineParser& parser) const;
    // With `error`, a usage error is kept there rather than printed.
    std::optional<TransitionRequest> read(
        const QCommandLineParser& parser, const QString& command, OptionError* error = nullptr) const;
};

struct WhatIfOptions
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    WhatIfOptions();
    QCommandLineOption account, at;
    TimingOptions timing;
    // Adds --account and --at and the timing; --site comes from PlanOptions or the caller.
    void addTo(QCommandLineParser& parser, bool withTiming) const;
    std::optional<PasswordWhatIfRequest> read(
        const QCommandLineParser& parser, const QString& site, const QString& command) const;
};

std::optional<qint64> readTime(
    const QCommandLineParser& parser, const QCommandLineOption& option, OptionError* error = nullptr);
} // namespace CommandLine
