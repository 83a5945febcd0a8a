// SPDX-FileCopyrightText: 2026 Journey Connector developers
// SPDX-License-Identifier: MIT
#include "secretmasker.h"


#include <array>
#include <cstring>

namespace Journey {

namespace {
constexpr std::array<QByteArrayView, 12> secretKeys { "writekey", "write_key", "api_key", "apikey", "api_secret",
    "apisecret", "secret", "token", "$token", "password", "authorization", "access_token" };

QByteArray lower(QByteArrayView text)
{
    QByteArray result = text.toByteArray();
    for (char& c : result) {
        if (c >= 'A' && c <= 'Z')
            c = char(c + 32);
    }
    return result;
}

bool isContinuationByte(char c)
{
    return (quint8(c) & 0xC0) == 0x80;
}

bool isHighSurrogateEscape(QByteArrayView text, qsizetype i)
{
    // \uD800 to \uDBFF: the first half of a pair that only means something with the second half.
    return i + 6 <= text.size() && text[i + 1] == 'u' && (text[i + 2] == 'd' || text[i + 2] == 'D')
        && QByteArrayView("89abAB").contains(text[i + 3]);
}

const QByteArray& maskDots()
{
    static const QByteArray dots = QByteArrayLiteral("\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2"); // ••••
    return dots;
}

// The contents of a JSON string literal masked like maskValue() does, counting an escape sequence (\", \u00e9, a
// surrogate pair) or a UTF-8 sequence as one character so that what is kept is still valid JSON.
QByteArray maskEscaped(QByteArrayView raw)
{
    if (raw.isEmpty())
        return {};
    std::array<qsizetype, 4> lastStarts {}; // where the last four characters start, as a ring
    qsizetype characters = 0;
    for (qsizetype i = 0; i < raw.size();) {
        lastStarts[size_t(characters % 4)] = i;
        ++characters;
        if (raw[i] == '\\') {
            const bool pair = isHighSurrogateEscape(raw, i) && i + 12 <= raw.size() && raw[i + 6] == '\\'
                && raw[i + 7] == 'u';
            i += i + 1 < raw.size() && raw[i + 1] == 'u' ? (pair ? 12 : 6) : 2;
            continue;
        }
        ++i;
        while (i < raw.size() && isContinuationByte(raw[i]))
            ++i;
    }
    if (characters < 12)
        return maskDots();
    return maskDots() + raw.sliced(lastStarts[size_t(characters % 4)]).toByteArray();
}
} // namespace

void SecretMasker::addKnownSecret(const QByteArray& secret)
{
    // Short values would mask ordinary words.
    if (secret.size() >= 6 && !m_known.contains(secret))
        m_known.append(secret);
}

bool SecretMasker::isSecretKey(QByteArrayView key)
{
    // Called for every key of every body: compare in place, without allocating.
    for (const QByteArrayView candidate : secretKeys) {
        if (candidate.size() == key.size() && key.compare(candidate, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray SecretMasker::maskValue(QByteArrayView secret)
{
    const QByteArray& dots = maskDots();
    if (secret.isEmpty())
        return {};
    if (secret.size() < 12)
        return dots;
    // The last four characters, not bytes: a cut UTF-8 sequence is not text.
    qsizetype start = secret.size();
    for (int kept = 0; kept < 4 && start > 0; ++kept) {
        --start;
        while (start > 0 && isContinuationByte(secret[start]))
            --start;
    }
    return dots + secret.sliced(start).toByteArray();
}

QList<QPair<QByteArray, QByteArray>> SecretMasker::maskHeaders(const QList<QPair<QByteArray, QByteArray>>& headers) const
{
    QList<QPair<QByteArray, QByteArray>> result;
    result.reserve(headers.size());
    for (const auto& [name, value] : headers) {
        const QByteArray folded = lower(name);
        QByteArray masked = value;
        if (folded == "authorization" || folded == "proxy-authorization") {
            // Keep the scheme ("Basic", "Bearer"), mask the credentials.
            const qsizetype space = value.indexOf(' ');
            masked = space > 0 ? value.left(space + 1) + maskValue(QByteArrayView(value).sliced(space + 1))
                               : maskValue(value);
        } else if (folded == "cookie" || folded == "set-cookie" || folded.contains("api-key") || folded.contains("token")
            || folded.contains("secret")) {
            masked = maskValue(value);
        } else {
            masked = maskKnown(value);
        }
        result.append({ name, masked });
    }
    return result;
}

QByteArray SecretMasker::maskJsonText(const QByteArray& json) const
{
    const char* data = json.constData();
    const qsizetype n = json.size();
    // The end of the string literal whose contents start at `from` (the position of its closing quote), or n
    // when the text stops first. memchr does the scanning; an escaped quote has an odd run of backslashes.
    const auto stringEnd = [data, n](qsizetype from) {
        for (qsizetype at = from;;) {
            const auto* quote = static_cast<const char*>(std::memchr(data + at, '"', size_t(n - at)));
            if (!quote)
                return n;
            qsizetype backslashes = 0;
            for (const char* b = quote - 1; b >= data + from && *b == '\\'; --b)
                ++backslashes;
            if ((backslashes & 1) == 0)
                return qsizetype(quote - data);
            at = quote - data + 1;
        }
    };
    const auto skipSpace = [data, n](qsizetype at) {
        while (at < n && (data[at] == ' ' || data[at] == '\t' || data[at] == '\n' || data[at] == '\r'))
            ++at;
        return at;
    };

    QByteArray out;
    qsizetype copied = 0;
    qsizetype i = 0;
    // Walk string literals; a string followed by ':' is a key. Mask the string value after a secret key.
    while (i < n) {
        const auto* quote = static_cast<const char*>(std::memchr(data + i, '"', size_t(n - i)));
        if (!quote)
            break;
        const qsizetype keyStart = quote - data + 1;
        const qsizetype keyEnd = stringEnd(keyStart);
        if (keyEnd >= n)
            break;
        qsizetype k = skipSpace(keyEnd + 1);
        if (k < n && data[k] == ':' && isSecretKey(QByteArrayView(data + keyStart, keyEnd - keyStart))) {
            k = skipSpace(k + 1);
            if (k < n && data[k] == '"') {
                const qsizetype valueStart = k + 1;
                // A body cut short inside the secret: the rest of the text is the secret.
                const qsizetype valueEnd = stringEnd(valueStart);
                if (out.isEmpty())
                    out.reserve(n);
                out.append(data + copied, valueStart - copied);
                out.append(maskEscaped(QByteArrayView(data + valueStart, valueEnd - valueStart)));
                copied = valueEnd;
                i = valueEnd + 1;
                continue;
            }
        }
        i = keyEnd + 1;
    }
    if (copied == 0)
        return maskKnown(json); // nothing masked by key: no copy
    out.append(data + copied, n - copied);
    return maskKnown(std::move(out));
}

QString SecretMasker::maskQuery(const QString& query) const
{
    if (query.isEmpty())
        return query;
    QByteArrayList pairs = query.toUtf8().split('&');
    for (QByteArray& pair : pairs) {
        const qsizetype equals = pair.indexOf('=');
        if (equals <= 0)
            continue;
        const QByteArray key = QByteArray::fromPercentEncoding(pair.left(equals));
        if (isSecretKey(key)) {
            const QByteArray value = QByteArray::fromPercentEncoding(pair.mid(equals + 1));
            pair = pair.left(equals + 1) + maskValue(value).toPercentEncoding();
        }
    }
    // Known secrets elsewhere in the query are masked too, percent-encoded like everything in a query.
    for (QByteArray& pair : pairs) {
        const QByteArray decoded = QByteArray::fromPercentEncoding(pair);
        const QByteArray masked = maskKnown(decoded);
        if (masked != decoded) {
            const qsizetype equals = masked.indexOf('=');
            pair = equals < 0 ? masked.toPercentEncoding()
                              : masked.left(equals).toPercentEncoding() + '=' + masked.mid(equals + 1).toPercentEncoding();
        }
    }
    return QString::fromUtf8(pairs.join('&'));
}

QByteArray SecretMasker::maskKnown(QByteArray text) const
{
    for (const QByteArray& secret : m_known) {
        if (text.contains(secret))
            text.replace(secret, maskValue(secret));
    }
    return text;
}

} // namespace Journey
