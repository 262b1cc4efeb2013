#include "SchemeStateModel.h"

#include "Appearance.h"
#include "AuthAppearance.h"
#include "SchemeText.h"
#include "auth/Jwt.h"

#include <QApplication>
#include <QPainter>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace keyway::ui {

using State = auth::CredentialManager::State;

SchemeStateModel::SchemeStateModel(auth::CredentialManager *credentials, QObject *parent)
    : QAbstractListModel(parent), m_credentials(credentials), m_ticker(new QTimer(this))
{
    if (m_credentials) {
        connect(m_credentials, &auth::CredentialManager::documentChanged, this, &SchemeStateModel::reload);
        connect(m_credentials, &auth::CredentialManager::stateChanged, this, &SchemeStateModel::refreshRow);
        connect(m_credentials, &auth::CredentialManager::tokensChanged, this, &SchemeStateModel::refreshRow);
        connect(m_credentials, &auth::CredentialManager::loadingFinished, this, [this] {
            if (!m_schemes.isEmpty())
                Q_EMIT dataChanged(index(0), index(int(m_schemes.size()) - 1));
        });
        connect(m_credentials, &auth::CredentialManager::profileChanged, this, [this] {
            if (!m_schemes.isEmpty())
                Q_EMIT dataChanged(index(0), index(int(m_schemes.size()) - 1));
        });
    }
    // Expiry countdowns.
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, [this] {
        for (int row = 0; row < m_schemes.size(); ++row) {
            const State state = m_credentials->state(m_schemes.at(row));
            if (state == State::Authorized || state == State::Expired)
                Q_EMIT dataChanged(index(row), index(row), {StateTextRole, StateRole, Qt::AccessibleTextRole, Qt::ToolTipRole});
        }
    });
    m_ticker->start();
    reload();
}

SchemeStateModel::~SchemeStateModel() = default;

void SchemeStateModel::reload()
{
    beginResetModel();
    m_schemes = m_credentials && m_credentials->document() ? m_credentials->schemeNames() : QStringList();
    endResetModel();
}

void SchemeStateModel::refreshRow(const QString &scheme)
{
    const int row = rowOf(scheme);
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row));
}

int SchemeStateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_schemes.size());
}

int SchemeStateModel::rowOf(const QString &scheme) const
{
    return int(m_schemes.indexOf(scheme));
}

QString SchemeStateModel::schemeAt(int row) const
{
    return m_schemes.value(row);
}

QString SchemeStateModel::stateText(const auth::CredentialManager &credentials, const QString &scheme)
{
    const State state = credentials.state(scheme);
    const QString detail = credentials.stateDetail(scheme);
    const auth::TokenSet tokens = credentials.tokens(scheme);
    switch (state) {
    case State::Authorized:
        if (!tokens.isEmpty())
            return tr("Authorized · %1").arg(AuthLook::expiryText(tokens, credentials.now()));
        return detail.isEmpty() ? AuthLook::stateLabel(state) : tr("Authorized · %1").arg(detail);
    case State::Expired:
        if (!tokens.isEmpty() && tokens.hasExpiry())
            return tr("Expired %1 ago").arg(auth::describeDuration(qMax<qint64>(1, -tokens.secondsLeft(credentials.now()))));
        return AuthLook::stateLabel(state);
    case State::Failed:
        return detail.isEmpty() ? AuthLook::stateLabel(state) : tr("Failed: %1").arg(detail.section(u'\n', 0, 0));
    case State::Configured:
        return detail.isEmpty() ? tr("Configured · not signed in") : tr("Configured · %1").arg(detail.section(u'\n', 0, 0));
    case State::Unconfigured:
        return AuthLook::stateLabel(state);
    }
    return {};
}

QString SchemeStateModel::shortStateText(const auth::CredentialManager &credentials, const QString &scheme)
{
    const State state = credentials.state(scheme);
    switch (state) {
    case State::Authorized:
    case State::Expired:
        return stateText(credentials, scheme);
    case State::Failed:
    case State::Configured:
    case State::Unconfigured:
        break;
    }
    return AuthLook::stateLabel(state);
}

QVariant SchemeStateModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_schemes.size() || !m_credentials)
        return {};
    const QString &name = m_schemes.at(index.row());
    const openapi::SecurityScheme *scheme = m_credentials->scheme(name);
    switch (role) {
    case Qt::DisplayRole:
    case SchemeRole:
        return name;
    case KindRole:
        return scheme ? SchemeText::kindAndDetail(*scheme) : QString();
    case StateRole:
        return int(m_credentials->state(name));
    case StateTextRole:
        return stateText(*m_credentials, name);
    case Qt::DecorationRole:
        return scheme ? appearance::icon(appearance::schemeIcon(scheme->type)) : QIcon();
    case Qt::ToolTipRole:
        return u"%1\n%2\n%3"_s.arg(name, scheme ? SchemeText::kindAndDetail(*scheme) : QString(), stateText(*m_credentials, name));
    case Qt::AccessibleTextRole:
        return tr("%1, %2, %3").arg(name, scheme ? SchemeText::kindLabel(*scheme) : QString(), stateText(*m_credentials, name));
    default:
        break;
    }
    return {};
}

QSize SchemeStateDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    return QSize(220, fm.height() * 3 + 18);
}

void SchemeStateDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QIcon icon = opt.icon;
    opt.text.clear();
    opt.icon = QIcon();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    painter->save();
    const bool selected = opt.state & QStyle::State_Selected;
    const QColor text = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor muted = selected ? text : appearance::mutedText(opt.palette);
    const State state = State(index.data(SchemeStateModel::StateRole).toInt());
    const QColor stateColor = selected ? text : AuthLook::stateColor(state, opt.palette);

    const QRect r = opt.rect.adjusted(10, 7, -8, -7);
    const int iconSize = 22;
    icon.paint(painter, QRect(r.left(), r.top() + 2, iconSize, iconSize));
    const QFontMetrics fm(opt.font);
    const int lineHeight = fm.height() + 1;
    const QRect textRect = r.adjusted(iconSize + 10, 0, 0, 0);

    QFont bold = opt.font;
    bold.setWeight(QFont::DemiBold);
    painter->setFont(bold);
    painter->setPen(text);
    const QString name = index.data(SchemeStateModel::SchemeRole).toString();
    painter->drawText(QRect(textRect.left(), textRect.top(), textRect.width(), lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(name, Qt::ElideRight, textRect.width()));

    painter->setFont(opt.font);
    painter->setPen(muted);
    painter->drawText(QRect(textRect.left(), textRect.top() + lineHeight, textRect.width(), lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(index.data(SchemeStateModel::KindRole).toString(), Qt::ElideRight, textRect.width()));

    const int stateIcon = qMin(14, fm.height());
    const QRect stateLine(textRect.left(), textRect.top() + 2 * lineHeight, textRect.width(), lineHeight);
    AuthLook::stateIcon(state).paint(painter, QRect(stateLine.left(), stateLine.center().y() - stateIcon / 2 + 1, stateIcon, stateIcon));
    painter->setPen(stateColor);
    const QRect stateText = stateLine.adjusted(stateIcon + 6, 0, 0, 0);
    painter->drawText(stateText, Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(index.data(SchemeStateModel::StateTextRole).toString(), Qt::ElideRight, stateText.width()));
    painter->restore();
}

} // namespace keyway::ui
