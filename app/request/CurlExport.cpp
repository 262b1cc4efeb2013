#include "request/CurlExport.h"

#include "request/Redaction.h"

#include <QStringDecoder>

namespace keyway::request {

namespace {

bool isSafeShellChar(QChar c)
{
    if (c.unicode() > 0x7e)
        return false;
    const char a = char(c.unicode());
    return (a >= 'a' && a <= 'z') || (a >= 'A' && a <= 'Z') || (a >= '0' && a <= '9') || a == '_' || a == '@' || a == '%' || a == '+'
        || a == '=' || a == ':' || a == ',' || a == '.' || a == '/' || a == '-';
}

bool isPrintableText(const QByteArray &bytes)
{
    if (bytes.contains('\0'))
        return false;
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    return !decoder.hasError() && !text.isEmpty();
}

} // namespace

QString shellQuote(const QString &word)
{
    bool safe = !word.isEmpty();
    for (QChar c : word) {
        if (!isSafeShellChar(c)) {
            safe = false;
            break;
        }
    }
    if (safe)
        return word;
    QString quoted = word;
    quoted.replace(u'\'', QLatin1String("'\\''"));
    return u'\'' + quoted + u'\'';
}

QString toCurl(const BuiltRequest &r, const CurlOptions &options)
{
    auto mask = [&](const QByteArray &text) { return options.revealSecrets ? text : maskSecrets(text, r.secrets); };
    auto maskS = [&](const QString &text) { return QString::fromUtf8(mask(text.toUtf8())); };
    QStringList head{QStringLiteral("curl")}; // the first line: method and URL
    QStringList words; // one option per line
    QStringList comments;
    const bool multipart = !r.multipart.isEmpty();
    if (r.method == "HEAD")
        head << QStringLiteral("--head");
    else if (r.method != "GET" || !r.body.isEmpty())
        head << QStringLiteral("-X") + u' ' + shellQuote(QString::fromLatin1(r.method));
    head << shellQuote(maskS(QString::fromUtf8(r.url.toEncoded())));
    for (const auto &h : r.headers) {
        if (multipart && h.first.compare("content-type", Qt::CaseInsensitive) == 0)
            continue; // curl -F writes its own, with its own boundary
        words << QStringLiteral("-H ") + shellQuote(QString::fromUtf8(h.first) + QLatin1String(": ") + QString::fromUtf8(mask(h.second)));
    }
    if (r.digest) {
        words << QStringLiteral("--digest");
        words << QStringLiteral("-u ") + shellQuote(maskS(r.digest->username + u':' + r.digest->password));
    }
    if (multipart) {
        for (const FormPart &p : r.multipart) {
            if (!p.filePath.isEmpty()) {
                QString spec = p.name + QLatin1String("=@") + p.filePath;
                if (!p.fileName.isEmpty())
                    spec += QLatin1String(";filename=") + p.fileName;
                if (!p.contentType.isEmpty())
                    spec += QLatin1String(";type=") + p.contentType;
                words << QStringLiteral("-F ") + shellQuote(spec);
            } else {
                words << QStringLiteral("--form-string ") + shellQuote(maskS(p.name + u'=' + p.value));
            }
        }
    } else if (!r.body.isEmpty()) {
        if (isPrintableText(r.body)) {
            words << QStringLiteral("--data-binary ") + shellQuote(QString::fromUtf8(mask(r.body)));
        } else {
            comments
                << QStringLiteral("# The body is %1 bytes of binary data: save it as body.bin next to this command.").arg(r.body.size());
            words << QStringLiteral("--data-binary @body.bin");
        }
    }
    if (r.ssl) {
        if (!r.clientCertificatePath.isEmpty()) {
            const QString cert = r.clientCertificatePath;
            if (r.clientCertificateIsPkcs12)
                words << QStringLiteral("--cert-type P12");
            words << QStringLiteral("--cert ") + shellQuote(cert);
            if (!r.clientKeyPath.isEmpty())
                words << QStringLiteral("--key ") + shellQuote(r.clientKeyPath);
            if (!r.clientCertificatePassphrase.isEmpty())
                words << QStringLiteral("--pass ") + shellQuote(QString::fromUtf8(mask(r.clientCertificatePassphrase)));
        } else {
            comments << QStringLiteral("# The client certificate is held by Keyway (not in a file): add --cert and --key yourself.");
        }
    }
    const QString separator = options.multiline ? QStringLiteral(" \\\n  ") : QStringLiteral(" ");
    QString command = head.join(u' ');
    if (!words.isEmpty())
        command += separator + words.join(separator);
    if (!comments.isEmpty())
        command = comments.join(u'\n') + u'\n' + command;
    return command;
}

} // namespace keyway::request
