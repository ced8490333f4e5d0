#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// A registry export as `regedit /e` writes it: REGEDIT4 (ANSI, read as Windows-1252) or
// "Windows Registry Editor Version 5.00" (UTF-16LE with a byte-order mark; UTF-8 or no mark is
// accepted too). GUI-free; hostile input gives an error, never a crash.
struct RegValue
{
    enum class Type { String, Dword, Binary, ExpandString, MultiString, Other };

    QString name; // empty for the default value (@)
    Type type = Type::String;
    QString text; // String, ExpandString: the text; Dword: the number in decimal
    QStringList strings; // MultiString
    QByteArray data; // the raw bytes of hex values
    quint32 dword = 0;
    int hexKind = -1; // N of hex(N):, 3 for hex:, -1 for strings and dwords
    int line = 0; // where the value starts (1-based)
};

struct RegKey
{
    QString path; // as written, without brackets
    int line = 0;
    QList<RegValue> values;

    // Value names ignore case; nullptr when absent. An empty name is the default value.
    const RegValue* value(const QString& name) const;
};

class RegFile final
{
public:
    enum class Format { Regedit4, Version5 };

    // `fileName` names the file in errors ("FILE:LINE: reason").
    static std::optional<RegFile> parse(const QByteArray& bytes, const QString& fileName, QString* error);
    static std::optional<RegFile> read(const QString& path, QString* error);

    Format format() const { return m_format; }
    const QList<RegKey>& keys() const { return m_keys; }
    // Key paths ignore case; the last key of that path when a file repeats it; nullptr when absent.
    const RegKey* key(const QString& path) const;
    // The keys directly under `parent` (case-insensitive).
    QList<const RegKey*> subkeys(const QString& parent) const;

private:
    Format m_format = Format::Regedit4;
    QList<RegKey> m_keys;
};
