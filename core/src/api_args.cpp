#include "samenwijs/api_args.hpp"

namespace samenwijs {
namespace {
std::optional<std::string> invalid(ApiError& error, const std::string& message) {
  error = {errc::kInvalidArgument, message};
  return std::nullopt;
}
}  // namespace

std::optional<std::string> stringArg(const Json& args, const char* name, ApiError& error) {
  auto it = args.find(name);
  if (it == args.end() || it->is_null()) return std::string();
  if (!it->is_string()) return invalid(error, std::string("'") + name + "' moet tekst zijn.");
  std::string value = it->get<std::string>();
  if (value.size() > 10000) return invalid(error, std::string("'") + name + "' is te lang.");
  return value;
}

std::optional<std::string> requiredStringArg(const Json& args, const char* name, ApiError& error) {
  auto value = stringArg(args, name, error);
  if (value && value->empty()) return invalid(error, std::string("'") + name + "' ontbreekt.");
  return value;
}

std::optional<long long> intArg(const Json& args, const char* name, long long min, long long max, long long fallback,
                                ApiError& error) {
  auto it = args.find(name);
  if (it == args.end() || it->is_null()) return fallback;
  if (!it->is_number_integer()) {
    error = {errc::kInvalidArgument, std::string("'") + name + "' moet een geheel getal zijn."};
    return std::nullopt;
  }
  const long long v = it->is_number_unsigned() && it->get<unsigned long long>() > static_cast<unsigned long long>(max)
                          ? max + 1
                          : it->get<long long>();
  if (v < min || v > max) {
    error = {errc::kInvalidArgument, std::string("'") + name + "' moet tussen " + std::to_string(min) + " en " +
                                         std::to_string(max) + " liggen."};
    return std::nullopt;
  }
  return v;
}

}  // namespace samenwijs
