-- wrk script: each request goes to one of the paths given after "--", chosen at random.
local paths = {}
init = function(args)
  for i, p in ipairs(args) do paths[i] = p end
end
request = function()
  return wrk.format(nil, paths[math.random(#paths)])
end
