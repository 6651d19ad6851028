#pragma once

#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

// One <message> of a Qt Linguist .ts file, as much of it as the translation tests need.
struct TsMessage
{
    QString context;
    QString source;
    QString type;      // the <translation>'s type: "", "unfinished", "vanished", "obsolete"
    QStringList forms; // the translation, or each plural form
    QStringList files; // the files it comes from, as the .ts names them
};

// Reads every message of the .ts file at `path`; an empty list with `error` set if it cannot.
inline QList<TsMessage> readTsFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
        return {};
    }
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    QString lastFile;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                message = TsMessage{context, {}, {}, {}, {}};
                numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("location")) {
                // With "-locations relative" a location names its file only when it changes from
                // the message before, even when that message is in another context.
                const QString fileName =
                    xml.attributes().value(QLatin1String("filename")).toString();
                if (!fileName.isEmpty())
                    lastFile = fileName;
                message.files.append(lastFile);
            } else if (name == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                message.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!numerus) // a plural's forms are read one by one below
                    message.forms.append(xml.readElementText());
            } else if (name == QLatin1String("numerusform")) {
                message.forms.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages.append(message);
        }
    }
    if (xml.hasError()) {
        *error = QStringLiteral("%1 is not a readable .ts file (line %2): %3")
                     .arg(path)
                     .arg(xml.lineNumber())
                     .arg(xml.errorString());
        return {};
    }
    return messages;
}

// What is wrong with `messages` (one line each, naming the string): a message no longer in the
// sources ("vanished", "obsolete"), wherever it is; and a message from a file under one of the
// `doneAreas` (folders such as "ui/findings/", relative to the source root) that is unfinished or
// has an empty translation. `relativeFile` turns a .ts file name into a path from the root.
template<typename RelativeFile>
QStringList translationProblems(const QList<TsMessage> &messages, const QStringList &doneAreas,
                                RelativeFile relativeFile)
{
    QStringList problems;
    for (const TsMessage &message : messages) {
        const QString what =
            QStringLiteral("[%1] \u201c%2\u201d").arg(message.context, message.source);
        if (message.type == QLatin1String("vanished") ||
            message.type == QLatin1String("obsolete")) {
            problems.append(QStringLiteral("%1 is no longer in the sources: run the "
                                           "update_translations target, which drops it")
                                .arg(what));
            continue;
        }
        QString area;
        for (const QString &file : message.files) {
            const QString relative = relativeFile(file);
            for (const QString &done : doneAreas)
                if (relative.startsWith(done))
                    area = relative;
        }
        if (area.isEmpty())
            continue;
        bool empty = message.forms.isEmpty();
        for (const QString &form : message.forms)
            empty = empty || form.trimmed().isEmpty();
        if (message.type == QLatin1String("unfinished") || empty)
            problems.append(QStringLiteral("%1 (%2) has no finished Welsh translation in "
                                           "resources/translations/foi_cy.ts")
                                .arg(what, area));
    }
    return problems;
}
