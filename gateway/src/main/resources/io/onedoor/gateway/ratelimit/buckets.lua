-- Takes one request's tokens from its token buckets, in order, atomically, and reads one more key
-- the request needs (the tenant's directory entry), all in one round trip. A bucket that refuses
-- stops the rest: a client over its own limit does not spend its tenant's budget.
--
-- ARGV[1]  1 if KEYS[1] is a key to read and return as it is, else 0
-- ARGV[2]  how many buckets follow; then, per bucket, four arguments: tokens added per second,
--          tokens held at most, tokens this request costs, 1 if the bucket has a limit of its own
-- KEYS     the key to read (if any); then, per bucket, the bucket (a hash of its fractional tokens
--          and the millisecond they were counted at: milliseconds keep the number within the 14
--          digits Lua writes exactly) and, if it has one, its own limit: a hash with
--          replenish-rate and burst-capacity that tenant-service writes when an operator sets a
--          tenant's limit (without both fields the limit in ARGV applies)
-- Returns  { the key's value or '' and 1/0 for found, then per bucket: 1 taken, 0 refused,
--          -1 not asked; whole tokens left; the replenish rate and burst capacity applied }
local result = {}
local key = 1
if ARGV[1] == '1' then
  local value = redis.call('GET', KEYS[1])
  if value then
    result[1] = value
    result[2] = 1
  else
    result[1] = ''
    result[2] = 0
  end
  key = 2
else
  result[1] = ''
  result[2] = 0
end

local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)
local refused = false
local arg = 3
for bucket = 1, tonumber(ARGV[2]) do
  local rate = tonumber(ARGV[arg])
  local capacity = tonumber(ARGV[arg + 1])
  local cost = tonumber(ARGV[arg + 2])
  local ownLimit = ARGV[arg + 3] == '1'
  arg = arg + 4
  local stateKey = KEYS[key]
  key = key + 1
  if ownLimit then
    local own = redis.call('HMGET', KEYS[key], 'replenish-rate', 'burst-capacity')
    key = key + 1
    local ownRate = tonumber(own[1])
    local ownCapacity = tonumber(own[2])
    if ownRate and ownCapacity and ownRate > 0 and ownCapacity >= cost then
      rate = ownRate
      capacity = ownCapacity
    end
  end
  if refused then
    table.insert(result, -1)
    table.insert(result, 0)
  else
    local state = redis.call('HMGET', stateKey, 'tokens', 'at')
    local tokens = tonumber(state[1]) or capacity
    local at = tonumber(state[2]) or now
    if now > at then
      tokens = tokens + (now - at) * rate / 1000
    end
    tokens = math.min(capacity, tokens)
    local taken = 0
    if tokens >= cost then
      tokens = tokens - cost
      taken = 1
    else
      refused = true
    end
    redis.call('HSET', stateKey, 'tokens', tostring(tokens), 'at', tostring(now))
    -- A full bucket needs no state: keep it only as long as refilling it takes, twice over.
    redis.call('EXPIRE', stateKey, math.max(1, math.ceil(2 * capacity / rate)))
    table.insert(result, taken)
    table.insert(result, math.floor(tokens))
  end
  table.insert(result, rate)
  table.insert(result, capacity)
end
return result
