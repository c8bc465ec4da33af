// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "TsFile.h"

#include <QFile>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace isms::test {

namespace {

TsMessage readMessage(QXmlStreamReader &xml, const QString &context)
{
    TsMessage message;
    message.context = context;
    message.isNumerus = xml.attributes().value(u"numerus"_s) == u"yes";
    while (xml.readNextStartElement()) {
        if (xml.name() == u"source") {
            message.source = xml.readElementText();
        } else if (xml.name() == u"comment") {
            message.comment = xml.readElementText();
        } else if (xml.name() == u"translation") {
            message.type = xml.attributes().value(u"type"_s).toString();
            if (message.isNumerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"numerusform") {
                        message.numerusForms.append(xml.readElementText());
                    } else {
                        xml.skipCurrentElement();
                    }
                }
            } else {
                message.translation = xml.readElementText();
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    return message;
}

} // namespace

TsFile readTsFile(const QString &path)
{
    TsFile catalogue;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        catalogue.error = u"%1 cannot be read: %2"_s.arg(path, file.errorString());
        return catalogue;
    }
    QXmlStreamReader xml(&file);
    if (xml.readNextStartElement() && xml.name() == u"TS") {
        catalogue.language = xml.attributes().value(u"language"_s).toString();
        while (xml.readNextStartElement()) {
            if (xml.name() != u"context") {
                xml.skipCurrentElement();
                continue;
            }
            QString context;
            while (xml.readNextStartElement()) {
                if (xml.name() == u"name") {
                    context = xml.readElementText();
                } else if (xml.name() == u"message") {
                    catalogue.messages.append(readMessage(xml, context));
                } else {
                    xml.skipCurrentElement();
                }
            }
        }
    } else if (!xml.hasError()) {
        xml.raiseError(u"not a Qt Linguist file"_s);
    }
    if (xml.hasError()) {
        catalogue.error = u"%1:%2: %3"_s.arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    }
    return catalogue;
}

QString TsMessage::key() const
{
    return context + u'\x1f' + source + u'\x1f' + comment;
}

QString TsMessage::describe() const
{
    QString text = u"[%1] \"%2\""_s.arg(context, source);
    if (!comment.isEmpty()) {
        text += u" (%1)"_s.arg(comment);
    }
    return text.replace(u'\n', u"\\n"_s);
}

QHash<QString, const TsMessage *> TsFile::byKey() const
{
    QHash<QString, const TsMessage *> index;
    for (const TsMessage &message : messages) {
        index.insert(message.key(), &message);
    }
    return index;
}

QString committedTsFile(const QString &fileName)
{
    return QStringLiteral(ISMS_TRANSLATIONS_DIR) + u'/' + fileName;
}

} // namespace isms::test
