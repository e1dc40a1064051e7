#pragma once
// Colours, fonts and sizes of the topology view, in scene units (pixels at 100 % zoom). Chosen for a
// projector: strong contrast, and every state told by more than colour (a word or a pattern too).
// The colours below are the light theme's; ui/theme.cpp sets them for the chosen theme.
#include <QColor>
#include <QFont>

namespace ks::ui::style {

inline QColor kBackground{0xf4, 0xf6, 0xf8};
inline QColor kCard{0xff, 0xff, 0xff};
inline QColor kCardBorder{0x9a, 0xa5, 0xb1};
inline QColor kText{0x1f, 0x29, 0x33};
inline QColor kMutedText{0x61, 0x6e, 0x7c};
inline QColor kOnDark{0xff, 0xff, 0xff};

inline QColor kRunning{0x2f, 0x6f, 0xb0};
inline QColor kFenced{0xc2, 0x6a, 0x00};
inline QColor kPaused{0x6b, 0x5f, 0xb5};
inline QColor kStopped{0x7b, 0x87, 0x94};
inline QColor kStoppedFill{0xe4, 0xe7, 0xeb};

inline QColor kLeaderFill{0xff, 0xf1, 0xbf};
inline QColor kLeaderBadge{0xd4, 0x9b, 0x00};
inline QColor kInSyncFill{0xe9, 0xf5, 0xe9};
inline QColor kInSyncBadge{0x2e, 0x7d, 0x32};
inline QColor kOutOfSyncFill{0xfd, 0xe7, 0xd3};
inline QColor kOutOfSyncBadge{0xd9, 0x6c, 0x00};
inline QColor kOfflineFill{0xf9, 0xd0, 0xd3};
inline QColor kOffline{0xc6, 0x28, 0x28};
inline QColor kLagTrack{0xd5, 0xdb, 0xe1};

inline QColor kProducer{0x0f, 0x76, 0x6e};
// Consumer group members, told apart by colour (and by name in their rows).
inline const QColor kMemberColors[] = {{0x8e, 0x24, 0xaa}, {0xd8, 0x1b, 0x60}, {0xef, 0x6c, 0x00}, {0x39, 0x49, 0xab},
                                       {0x6d, 0x4c, 0x41}, {0x00, 0x83, 0x8f}, {0x82, 0x77, 0x17}, {0x5e, 0x35, 0xb1}};
inline QColor kFrameFill{0xe9, 0xed, 0xf2};     // the controller quorum's frame
inline QColor kMemberFill{0xf3, 0xf0, 0xf7};    // a consumer's row in its group
inline QColor kLabelFill{255, 255, 255, 220};   // behind a rate on a line
inline QColor kGroupColor{0x4a, 0x3a, 0x6b};
inline QColor kReplication{0x2f, 0x6f, 0xb0};
inline QColor kCut{0xc6, 0x28, 0x28};
inline QColor kSlowLink{0xb2, 0x6a, 0x00};
inline QColor kSelection{0x15, 0x65, 0xc0};
inline QColor kHighlight{0xff, 0x6f, 0x00};

constexpr double kBrokerWidth = 256;
constexpr double kBrokerHeader = 48;
constexpr double kPadding = 8;
constexpr double kReplicaHeight = 26;
constexpr double kReplicaGap = 4;
constexpr double kControllerWidth = 150;
constexpr double kControllerHeight = 56;
constexpr double kQuorumTitle = 24;
constexpr double kClientWidth = 210;
constexpr double kClientHeight = 74;
constexpr double kGroupsWidth = 272;
constexpr double kGroupsHeight = 96;
constexpr double kGroupHeader = 46;
constexpr double kMemberHeight = 24;
constexpr double kGap = 28;
constexpr double kBrokerGap = 50;   // room between broker cards for the producer lines and their rates
constexpr double kRowGap = 84;        // between the top row and the brokers: the producer and consumer lanes
constexpr double kCornerRadius = 6;

// Below this zoom only shapes and colours are drawn, no text: the view stays fast with many replicas.
constexpr double kTextDetail = 0.42;

const QFont& titleFont();
const QFont& bodyFont();
const QFont& smallFont();

}  // namespace ks::ui::style
