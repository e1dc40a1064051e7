#pragma once
// The lessons of resources/lessons, compiled into kafkascope-cli (builtin_lessons.cpp is generated
// by cmake/EmbedLessons.cmake).
#include <vector>

struct EmbeddedLesson {
    const char* file;   // "acks-and-min-insync.lesson"
    const char* text;
};

const std::vector<EmbeddedLesson>& builtinLessons();
