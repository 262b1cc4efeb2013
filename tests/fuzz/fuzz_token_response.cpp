// libFuzzer target: the token endpoint's response parser. The first byte picks the HTTP status (200, 201, 400,
// 401, 500) and the Content-Type; the rest is the body.

#include "auth/TokenEndpoint.h"

#include <QDateTime>

#include <cstddef>
#include <cstdint>

using namespace keyway;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    static const int statuses[] = {200, 201, 400, 401, 500};
    net::HttpResult result;
    result.status = net::HttpResult::Status::Ok;
    result.httpStatus = statuses[data[0] % 5];
    result.headers.append(
        {QByteArrayLiteral("Content-Type"), (data[0] & 0x80) ? QByteArrayLiteral("text/html") : QByteArrayLiteral("application/json")});
    result.body = QByteArray(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
    const auto parsed = auth::parseTokenResponse(result, auth::grants::authorizationCode, {QStringLiteral("openid")},
                                                 QStringLiteral("https://id.example"), QStringLiteral("client"), now);
    if (!parsed.ok())
        (void)parsed.error().toString();
    (void)auth::looksLikeHtml(result.body);
    return 0;
}
